import type { FastifyError, FastifyInstance } from 'fastify';
import { errorBody } from '../../../shared/contracts/errors';
import { HubError } from './hub-error';

/** What Fastify's own refusals mean to a caller, and what to do about them. */
function fromFastify(error: FastifyError, bodyLimit: number): HubError | undefined {
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new HubError(
        'malformed',
        `the body is not valid JSON (${error.message}): send a JSON object`,
      );
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new HubError(
        'malformed',
        'Content-Type says JSON but the body is empty: send a JSON object (at least {})',
      );
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new HubError(
        'payload-too-large',
        `the body is larger than the ${bodyLimit} bytes this hub accepts: send less (split a large load)`,
        { limitBytes: bodyLimit },
      );
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new HubError(
        'unsupported-media-type',
        'this hub reads JSON only: send the body with "Content-Type: application/json"',
      );
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new HubError('malformed', 'the Content-Length header does not match the body');
  }
  if (error instanceof SyntaxError || (error.statusCode ?? 500) === 400)
    return new HubError('malformed', `the request could not be read: ${error.message}`);
  return undefined;
}

export function installErrorHandling(
  app: FastifyInstance,
  bodyLimit: number,
  log: (message: string) => void,
): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const known = error instanceof HubError ? error : fromFastify(error, bodyLimit);
    if (known) {
      if (known.headers) void reply.headers(known.headers);
      return reply.code(known.status).send(known.body());
    }
    log(`internal error on ${request.method} ${request.url}: ${error.stack ?? String(error)}`);
    return reply
      .code(500)
      .send(
        errorBody(
          'internal',
          'the hub failed to handle this request; it was logged: try again, then tell IT',
        ),
      );
  });
  app.setNotFoundHandler((request, reply) =>
    reply
      .code(404)
      .send(
        errorBody(
          'route-not-found',
          `there is no ${request.method} ${request.url.split('?')[0]}: GET /api/v1 lists the routes`,
        ),
      ),
  );
}
