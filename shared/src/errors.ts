/**
 * Error codes shared by the functions (which answer with them) and the mini-program (which shows
 * them). The messages are the defaults a resident reads; a specific error may say more.
 */
export const ERROR_CODES = {
  VALIDATION_FAILED: { status: 400, message: '请求参数有误，请检查后重试' },
  NOT_FOUND: { status: 404, message: '您要找的内容不存在或已撤回' },
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
