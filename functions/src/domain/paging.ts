import { ValidationError } from '../commons/errors';
import { InvalidCursorError } from '../ports/content-store';

/** Read a page; a cursor that decodes to no position is the caller's mistake, said as such. */
export async function readPage<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof InvalidCursorError)
      throw new ValidationError([{ field: 'cursor', message: '翻页参数无效，请从第一页重新加载' }]);
    throw error;
  }
}
