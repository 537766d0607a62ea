import type {
  AccessTokens,
  MessageSender,
  OutgoingMessage,
  SendOutcome,
} from '../../ports/notification-ports';
import { WeChatError } from '../../ports/wechat-auth';
import { errcodeOf, postToWeChat, type WeChatReply } from './wechat-request';

export const MINIPROGRAM_STATES = ['formal', 'trial', 'developer'] as const;
export type MiniprogramState = (typeof MINIPROGRAM_STATES)[number];

export interface MessageSenderConfig {
  baseUrl: string;
  tokens: AccessTokens;
  /** Which version of the mini-program a message opens: `formal` in production. */
  miniprogramState?: MiniprogramState;
  /** How long one send may take before it counts as unknown. */
  timeoutMs?: number;
  fetch?: typeof fetch;
}

const SEND_PATH = '/cgi-bin/message/subscribe/send';
const TOKEN_REFUSED = new Set([40001, 42001, 40014]);
const TRANSIENT = new Set([-1, 45011]);
/** stable_token refusing our appid or secret is configuration, not bad luck: waiting will not help. */
const TOKEN_CONFIGURATION = new Set([40002, 40013, 40125, 40164, 41002, 41004]);

export function isMiniprogramState(value: string): value is MiniprogramState {
  return (MINIPROGRAM_STATES as readonly string[]).includes(value);
}

/**
 * subscribe/send over HTTP, judged by errcode (WeChat answers 200 either way). A refused token
 * is renewed and the message tried exactly once more; everything else is for the caller to act
 * on, as `SendOutcome` documents. Nothing is resent here after it may have reached WeChat.
 */
export class HttpMessageSender implements MessageSender {
  private readonly miniprogramState: MiniprogramState;
  private readonly timeoutMs: number;

  constructor(private readonly config: MessageSenderConfig) {
    this.miniprogramState = config.miniprogramState ?? 'formal';
    if (!isMiniprogramState(this.miniprogramState))
      throw new Error(`miniprogram state must be one of ${MINIPROGRAM_STATES.join(', ')}`);
    this.timeoutMs = config.timeoutMs ?? 5_000;
  }

  async send(message: OutgoingMessage): Promise<SendOutcome> {
    const { tokens } = this.config;
    let token: string;
    try {
      token = await tokens.token();
    } catch (error) {
      return tokenFailure(error);
    }
    const first = await this.post(token, message);
    if (first.kind !== 'answer' || !TOKEN_REFUSED.has(errcodeOf(first.body)))
      return outcomeOf(first);

    try {
      token = await tokens.refresh(token);
    } catch (error) {
      return tokenFailure(error);
    }
    const second = await this.post(token, message);
    // Refused again, just renewed: another function may have forced a refresh. Not tried a
    // third time here; the caller backs off and the next attempt starts with a fresh token.
    if (second.kind === 'answer' && TOKEN_REFUSED.has(errcodeOf(second.body)))
      return { kind: 'retry', errcode: errcodeOf(second.body) };
    return outcomeOf(second);
  }

  private post(token: string, message: OutgoingMessage): Promise<WeChatReply> {
    const { baseUrl, fetch } = this.config;
    return postToWeChat(
      { baseUrl, fetch, timeoutMs: this.timeoutMs },
      `${SEND_PATH}?access_token=${encodeURIComponent(token)}`,
      {
        touser: message.openid,
        template_id: message.templateId,
        page: message.page,
        data: message.data,
        miniprogram_state: this.miniprogramState,
        lang: 'zh_CN',
      },
    );
  }
}

function outcomeOf(reply: WeChatReply): SendOutcome {
  if (reply.kind === 'not_sent') return { kind: 'retry', errcode: -1 };
  if (reply.kind === 'no_answer') return { kind: 'unknown' };
  const errcode = errcodeOf(reply.body);
  if (errcode === 0) return { kind: 'sent', msgid: msgidOf(reply.text, reply.body) };
  if (TRANSIENT.has(errcode)) return { kind: 'retry', errcode };
  if (errcode === 43101) return { kind: 'no_credit' };
  if (errcode === 45009) return { kind: 'quota' };
  // 47003, 40037, 41030, and any errcode we do not know: our message or setup needs a person.
  return { kind: 'stop', errcode };
}

function tokenFailure(error: unknown): SendOutcome {
  const errcode = error instanceof WeChatError ? error.errcode : -1;
  return TOKEN_CONFIGURATION.has(errcode) ? { kind: 'stop', errcode } : { kind: 'retry', errcode };
}

/**
 * WeChat's msgid is a 64-bit integer, beyond what a JavaScript number holds exactly, so it is
 * read from the text as digits rather than from the parsed number.
 */
function msgidOf(text: string, body: Record<string, unknown>): string {
  const digits = /"msgid"\s*:\s*"?(-?\d+)/.exec(text)?.[1];
  return digits ?? String(body.msgid ?? '');
}
