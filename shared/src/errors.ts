/**
 * Error codes shared by the functions (which answer with them) and the mini-program (which shows
 * them). The messages are the defaults a resident reads; a specific error may say more.
 */
export const ERROR_CODES = {
  VALIDATION_FAILED: { status: 400, message: '请求参数有误，请检查后重试' },
  UNAUTHENTICATED: { status: 401, message: '请先登录' },
  FORBIDDEN: { status: 403, message: '您没有权限执行此操作' },
  NOT_FOUND: { status: 404, message: '您要找的内容不存在或已撤回' },
  CONFLICT: { status: 409, message: '当前状态下不能执行此操作，请刷新后重试' },
  /** A client key names one submission: sent again with another kind or content, it is refused, never answered with the first. */
  CLIENT_KEY_REUSED: {
    status: 409,
    message: '该提交与之前的提交重复但内容不同，请刷新页面后重新提交',
  },
  WITHDRAWN: { status: 410, message: '该内容已撤回' },
  LOGIN_CODE_INVALID: { status: 400, message: '登录凭证无效或已过期，请重新登录' },
  ACCOUNT_BLOCKED: { status: 403, message: '该微信账号存在安全风险，暂时无法登录' },
  RATE_LIMITED: { status: 429, message: '操作太频繁，请稍后再试' },
  UPSTREAM_BUSY: { status: 503, message: '微信服务繁忙，请稍后重试' },
  SERVICE_UNAVAILABLE: { status: 503, message: '服务暂时不可用，请稍后再试' },
  PAYLOAD_TOO_LARGE: { status: 413, message: '提交的内容过大，请精简后再提交' },
  INVITATION_INVALID: { status: 400, message: '邀请码无效、已使用或已过期' },
  ROUTE_NOT_FOUND: { status: 404, message: '接口不存在' },
  INTERNAL: { status: 500, message: '服务暂时不可用，请稍后再试' },
  // Client-side only: the request never got an answer from the API.
  NETWORK: { status: 0, message: '网络连接失败，请检查网络后重试' },
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

/** One problem with one input field, named so a form can put the message beside it. */
export interface FieldIssue {
  field: string;
  message: string;
}
