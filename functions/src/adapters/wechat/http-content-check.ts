import type { ContentCheck, ContentVerdict } from '../../ports/content-check';

export interface ContentCheckConfig {
  baseUrl: string;
  appid: string;
  secret: string;
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
  access_token?: string;
  expires_in?: number;
  result?: { suggest?: string };
}

/**
 * msg_sec_check over HTTP, with an access token from stable_token kept in memory until shortly
 * before it expires (issue 7 shares one token across functions through the table). A token
 * WeChat calls invalid is fetched again once (never with force_refresh, which would revoke the
 * token other functions use); anything else that fails is "unavailable", never "pass".
 */
export class HttpContentCheck implements ContentCheck {
  private token?: { value: string; until: number };

  constructor(private readonly config: ContentCheckConfig) {}

  private async call(path: string, body: object): Promise<WeChatAnswer | undefined> {
    try {
      const response = await (this.config.fetch ?? fetch)(`${this.config.baseUrl.replace(/\/$/, '')}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(3000),
      });
      return (await response.json()) as WeChatAnswer;
    } catch {
      return undefined;
    }
  }

  private async accessToken(renew = false): Promise<string | undefined> {
    if (!renew && this.token && this.token.until > Date.now()) return this.token.value;
    const answer = await this.call('/cgi-bin/stable_token', { grant_type: 'client_credential', appid: this.config.appid, secret: this.config.secret });
    if (!answer?.access_token) return undefined;
    this.token = { value: answer.access_token, until: Date.now() + ((answer.expires_in ?? 7200) - 300) * 1000 };
    return this.token.value;
  }

  private async checkPart(content: string, openid: string, retried = false): Promise<ContentVerdict> {
    const token = await this.accessToken(retried);
    if (!token) return 'unavailable';
    const answer = await this.call(`/wxa/msg_sec_check?access_token=${encodeURIComponent(token)}`, { version: 2, scene: SCENE, openid, content });
    if (answer?.errcode && TOKEN_ERRORS.has(answer.errcode) && !retried) return this.checkPart(content, openid, true);
    const suggest = answer?.errcode === 0 ? answer.result?.suggest : undefined;
    return suggest === 'pass' || suggest === 'risky' || suggest === 'review' ? suggest : 'unavailable';
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
