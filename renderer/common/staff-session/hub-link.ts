import type { HubLink } from '../hub';

// Where a staff app finds its hub: the origin that served the page (the hub serves the
// web apps), so the same build works on any site and in Electron loading the hub's URL.

export function staffHubLink(token: string | null): HubLink {
  return { baseUrl: window.location.origin, token: token ?? '' };
}
