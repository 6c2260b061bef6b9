import type { HubLink } from '../../common/hub';

// Where the console finds its hub: the origin that served the page (the hub serves the
// web apps), so the same build works on any site and in Electron loading the hub's URL.

export function hubLink(token: string | null): HubLink {
  return { baseUrl: window.location.origin, token: token ?? '' };
}
