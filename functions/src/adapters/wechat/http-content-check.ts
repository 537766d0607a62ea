import type { ContentCheck, ContentVerdict } from '../../ports/content-check';
import type { AccessTokens } from '../../ports/notification-ports';

export interface ContentCheckConfig {
  baseUrl: string;
  /** The one shared access_token (the same the message sender uses). */
  tokens: AccessTokens;
  fetch?: typeof fetch;
}

/** Scene 2: comments and messages (WeChat's "评论"). */
const SCENE = 2;
const TOKEN_ERRORS = new Set([40001, 42001, 40014]);
/** WeChat's limit for one check; longer text is checked in parts. */
const MAX_CHARS = 2500;
const SEVERITY: Record<ContentVerdict, number> = { pass: 0, review: 1, unavailable: 2, risky: 3 };

interface WeChatAnswer {
  errcode?: number;
  result?: { suggest?: string };
}

/**
 * msg_sec_check over HTTP, with the access_token every function shares (AccessTokens: memory,
 * the table, stable_token under a lease). A token WeChat calls invalid is renewed once (never
 * with force_refresh, which would revoke the token other functions use); anything else that
 * fails is "unavailable", never "pass". A check is read-only, so unlike a send it may simply be
 * asked again.
 */
export class HttpContentCheck implements ContentCheck {
  constructor(private readonly config: ContentCheckConfig) {}

  private async call(path: string, body: object): Promise<WeChatAnswer | undefined> {
    try {
      const response = await (this.config.fetch ?? fetch)(
        `${this.config.baseUrl.replace(/\/$/, '')}${path}`,
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
          signal: AbortSignal.timeout(3000),
        },
      );
      return (await response.json()) as WeChatAnswer;
    } catch {
      return undefined;
    }
  }

  private async accessToken(refused?: string): Promise<string | undefined> {
    try {
      return refused ? await this.config.tokens.refresh(refused) : await this.config.tokens.token();
    } catch {
      return undefined;
    }
  }

  private async checkPart(
    content: string,
    openid: string,
    refused?: string,
  ): Promise<ContentVerdict> {
    const token = await this.accessToken(refused);
    if (!token) return 'unavailable';
    const answer = await this.call(`/wxa/msg_sec_check?access_token=${encodeURIComponent(token)}`, {
      version: 2,
      scene: SCENE,
      openid,
      content,
    });
    if (answer?.errcode && TOKEN_ERRORS.has(answer.errcode) && !refused)
      return this.checkPart(content, openid, token);
    const suggest = answer?.errcode === 0 ? answer.result?.suggest : undefined;
    return suggest === 'pass' || suggest === 'risky' || suggest === 'review'
      ? suggest
      : 'unavailable';
  }

  async check({ text, openid }: { text: string; openid: string }): Promise<ContentVerdict> {
    const chars = Array.from(text);
    let worst: ContentVerdict = 'pass';
    for (let start = 0; start < chars.length; start += MAX_CHARS) {
      const verdict = await this.checkPart(chars.slice(start, start + MAX_CHARS).join(''), openid);
      if (SEVERITY[verdict] > SEVERITY[worst]) worst = verdict;
      if (worst === 'risky') break;
    }
    return worst;
  }
}
