import type { MessageKey } from '../i18n/kiosk-i18n';

// The e-services the kiosk offers. Ids are what `kiosk:open-eservice` asks the device
// layer to open in its locked browser (which keeps its own allowlist of the same ids);
// `url` is what a phone opens from the QR code when there is no locked browser.

export interface EServicePortal {
  id: string;
  label: MessageKey;
  hint: MessageKey;
  url: string;
}

export const eservicePortals = [
  {
    id: 'town',
    label: 'portal.town',
    hint: 'portal.town.hint',
    url: 'https://e-services.example.fr/',
  },
  {
    id: 'service-public',
    label: 'portal.servicePublic',
    hint: 'portal.servicePublic.hint',
    url: 'https://www.service-public.fr/',
  },
  { id: 'ants', label: 'portal.ants', hint: 'portal.ants.hint', url: 'https://ants.gouv.fr/' },
  { id: 'caf', label: 'portal.caf', hint: 'portal.caf.hint', url: 'https://www.caf.fr/' },
  {
    id: 'impots',
    label: 'portal.impots',
    hint: 'portal.impots.hint',
    url: 'https://www.impots.gouv.fr/',
  },
] as const satisfies readonly EServicePortal[];

export type PortalId = (typeof eservicePortals)[number]['id'];
