import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { ERROR_CODES, validate, type Envelope, type ErrorBody } from '@sunshine/shared';
import type * as v from 'valibot';
import { AppError, ValidationError } from './errors';
import { logger } from './logger';

export type HttpHandler = (event: APIGatewayProxyEventV2, context?: Context) => Promise<APIGatewayProxyStructuredResultV2>;

const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8' };

function respond<T>(status: number, body: Envelope<T>): APIGatewayProxyStructuredResultV2 {
  return { statusCode: status, headers: JSON_HEADERS, body: JSON.stringify(body) };
}

/** Translate any thrown value into the envelope. Only AppErrors say what went wrong. */
export function errorResponse(error: unknown): APIGatewayProxyStructuredResultV2 {
  if (error instanceof AppError) {
    const body: ErrorBody = { code: error.code, message: error.message };
    if (error.fields?.length) body.fields = error.fields;
    return respond(error.status, { ok: false, error: body });
  }
  logger.error('unhandled error', error as Error);
  return respond(500, { ok: false, error: { code: 'INTERNAL', message: ERROR_CODES.INTERNAL.message } });
}

/**
 * Wrap a use-case call as an API Gateway (HTTP API) handler: the result becomes `{ ok, data }`,
 * a typed error its 4xx, anything else a 500 that says nothing internal.
 */
export function httpHandler<T>(run: (event: APIGatewayProxyEventV2) => Promise<T>): HttpHandler {
  return async (event, context) => {
    if (context) logger.addContext(context);
    try {
      return respond(200, { ok: true, data: await run(event) });
    } catch (error) {
      return errorResponse(error);
    }
  };
}

/** Validate the query string with a schema from `shared/`; a bad one is a 400 naming the field. */
export function parseQuery<S extends v.GenericSchema>(schema: S, event: APIGatewayProxyEventV2): v.InferOutput<S> {
  const result = validate(schema, event.queryStringParameters ?? {});
  if (!result.ok) throw new ValidationError(result.issues);
  return result.value;
}

export function pathParam(event: APIGatewayProxyEventV2, name: string): string {
  return event.pathParameters?.[name] ?? '';
}
