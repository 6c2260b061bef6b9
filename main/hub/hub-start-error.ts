/** The hub cannot start: the message says what is wrong and what to do. */
export class HubStartError extends Error {
  override name = 'HubStartError';
  constructor(message: string, options?: { cause?: unknown; service?: string }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.service = options?.service;
  }

  /** The part of the hub that failed (`database`, `web server`…), when one did. */
  readonly service: string | undefined;
}
