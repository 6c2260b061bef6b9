import { appChannels, type AppChannels } from '../../../shared/ipc/app-channels';
import { failure } from '../../../shared/ipc/envelope';
import { createHandlers, type HandlerTable } from '../../device-host/handler-table';
import type { AdminSession } from '../admin/admin-session';
import type { SetupReason } from '../config/device-config-service';
import { browserHandlers, type BrowserPort, type PortalDirectory } from './browser-handlers';
import { setupImplementation, unavailableSetup, type SetupWiring } from '../setup/setup-handlers';

// The app channels' handlers (no Electron here): each request parsed with its schema by
// the same handler table as the device channels.

export interface AppHandlerDeps {
  mode: () => 'kiosk' | 'counter' | 'display' | 'setup';
  version: string;
  setupReason: () => SetupReason | null;
  admin: AdminSession;
  leaveKiosk: () => void;
  log: (message: string) => void;
  /** The kiosk's locked e-services browser; absent in the other modes. */
  browser?: BrowserPort | null;
  /** The site's portals as main read them from the hub (with `browser`). */
  portals?: PortalDirectory | null;
  /** The setup and admin screens' channels (setup/setup-handlers.ts). */
  setup?: SetupWiring;
}

export type AppHandlers = HandlerTable<AppChannels>;

export function createAppHandlers(deps: AppHandlerDeps): AppHandlers {
  return createHandlers(
    appChannels,
    {
      async 'app:info'() {
        return {
          ok: true,
          value: { mode: deps.mode(), version: deps.version, setupReason: deps.setupReason() },
        };
      },
      'admin:unlock': ({ pin }) => deps.admin.unlock(pin),
      async 'admin:leave-kiosk'() {
        if (!deps.admin.isUnlocked())
          return failure('locked', 'unlock the admin screen with the PIN first');
        deps.log('leaving kiosk mode at the admin’s request');
        deps.leaveKiosk();
        return { ok: true, value: { leaving: true as const } };
      },

      // ---- the locked e-services browser ----
      ...browserHandlers(deps.browser ?? null, deps.portals ?? null),
      ...(deps.setup
        ? setupImplementation({
            ...deps.setup,
            mode: deps.mode,
            version: deps.version,
            admin: deps.admin,
            log: deps.log,
          })
        : unavailableSetup()),
    },
    deps.log,
  );
}
