// How a web app reaches its hub: the typed HTTP client and the event stream from
// shared/contracts, wired to the browser, plus failure classification and safe retries.
export {
  createBrowserHubClient,
  createBrowserEventStream,
  eventStreamUrl,
  type HubLink,
} from './browser-hub';
export { classifyHubFailure, type HubFailure } from './hub-failure';
export { newIdempotencyKey } from './idempotency-key';
export { untilAnswered, type RetryOptions, type RetryOutcome } from './retry';
