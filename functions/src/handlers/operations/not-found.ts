import { AppError } from '../../commons/errors';
import { httpHandler } from '../../commons/http';

/** Any path the route table does not know: the envelope, not API Gateway's bare 404. */
export const handler = httpHandler(
  async () => {
    throw new AppError('ROUTE_NOT_FOUND');
  },
  { secrets: false },
);
