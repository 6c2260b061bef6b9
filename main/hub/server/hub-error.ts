import { errorBody, httpStatusOf, type ErrorBody } from '../../../shared/contracts/errors';

/** An error meant for the caller: its code picks the HTTP status, its message says what to do. */
export class HubError extends Error {
  readonly status: number;

  constructor(
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = 'HubError';
    this.status = httpStatusOf(code);
  }

  body(): ErrorBody {
    return errorBody(this.code, this.message, this.details);
  }
}
