import { contextBridge } from 'electron';
import { guardMarker, guardPageApis, guardPageEvents } from './view-guards';

// The locked view's preload (bundled alone as dist/electron/portal-preload.cjs): sandboxed,
// it exposes nothing and sends nothing. Before any script of the portal's page, it makes
// the page unable to print or open a file or colour chooser (view-guards.ts): in the
// page's own world for the APIs, in this isolated world for the DOM listeners.

contextBridge.executeInMainWorld({ func: guardPageApis, args: [guardMarker] });
guardPageEvents(guardMarker);
