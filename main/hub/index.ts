// The hub's entry points for `npm start`, `npm run hub` and tests.
export { startHub, HubStartError } from './start-hub';
export type { Hub, StartHubOptions } from './start-hub';
export type { ConfigLoad } from './site-config-loader';
