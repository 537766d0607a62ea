import { ApiError } from './api-error';

/** What WeChat's (and Taro's) device APIs reject with: a bare `{ errMsg }`, not an Error. */
interface WeChatFailure {
  errMsg: string;
}

export const isWeChatFailure = (caught: unknown): caught is WeChatFailure =>
  typeof caught === 'object' &&
  caught !== null &&
  !(caught instanceof Error) &&
  typeof (caught as { errMsg?: unknown }).errMsg === 'string';

/** The person closed WeChat's own sheet (chat picker, file menu): nothing failed. */
export const isCancelled = (caught: unknown): boolean =>
  isWeChatFailure(caught) && /\bfail cancel\b/.test(caught.errMsg);

/**
 * A device call whose failure staff read in Chinese: a `{ errMsg }` rejection becomes an ApiError
 * saying `words` (shown as is by useAction), and a cancel (`fail cancel`) resolves to undefined
 * when `cancelIsFine`, so no error is shown for a sheet the person closed.
 */
export async function weChatCall<T>(
  call: () => Promise<T>,
  words: string,
  { cancelIsFine = false }: { cancelIsFine?: boolean } = {},
): Promise<T | undefined> {
  try {
    return await call();
  } catch (caught) {
    if (cancelIsFine && isCancelled(caught)) return undefined;
    if (isWeChatFailure(caught)) throw new ApiError('NETWORK', words);
    throw caught;
  }
}
