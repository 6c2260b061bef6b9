import { z } from 'zod';
import { codeSchema } from '../../../shared/domain/primitives';
import { portalSchema, type EServicePortal } from '../../../shared/domain/eservices-config';

// The portals the locked browser may open, as main itself read them from the hub (route
// `eservices`, with the device's token over the pinned session): the kiosk page names a
// portal by its id and never supplies its origins. The last list that parsed is kept: it
// is read again when older than a minute, or when the page names an id it does not hold
// (the site's configuration may just have changed), and kept when the hub does not answer
// (the network fault that hides the hub rarely hides the portals too). Before any list,
// nothing opens. No Electron here.

export type PortalLookup =
  | { ok: true; portal: EServicePortal }
  /** `refused`: not one of the site's portals; `unavailable`: no list read from the hub yet. */
  | { ok: false; code: 'refused' | 'unavailable'; message: string };

export interface PortalCatalogueOptions {
  /** The hub's answer to `GET /api/v1/eservices`; rejects when it cannot be had. */
  fetchPortals: () => Promise<unknown>;
  clock: () => number;
  log: (message: string) => void;
  /** After this, a list is read again before it is used. */
  maxAgeMs?: number;
  /** The hub is asked at most once in this time, whatever the page asks (no hammering it). */
  minRefreshMs?: number;
  /** A read that takes longer fails: the visitor waits no longer for the last list. */
  timeoutMs?: number;
}

const answerSchema = z.object({ portals: z.array(z.unknown()).max(50) });

export class PortalCatalogue {
  private list: { portals: ReadonlyMap<string, EServicePortal>; at: number } | null = null;
  private reading: Promise<void> | null = null;
  private triedAt = Number.NEGATIVE_INFINITY;
  private readonly maxAgeMs: number;
  private readonly minRefreshMs: number;
  private readonly timeoutMs: number;

  constructor(private readonly options: PortalCatalogueOptions) {
    this.maxAgeMs = options.maxAgeMs ?? 60_000;
    this.minRefreshMs = options.minRefreshMs ?? 5_000;
    this.timeoutMs = options.timeoutMs ?? 5_000;
  }

  /** The portal with this id in the site's list, reading the list again when it is stale. */
  async find(id: string): Promise<PortalLookup> {
    if (!codeSchema.safeParse(id).success)
      return { ok: false, code: 'refused', message: 'not a portal id' };
    const now = this.options.clock();
    const stale = !this.list || now - this.list.at >= this.maxAgeMs;
    const missing = !this.list?.portals.has(id);
    if ((stale || missing) && (this.reading || now - this.triedAt >= this.minRefreshMs))
      await this.refresh();
    const list = this.list;
    if (!list)
      return {
        ok: false,
        code: 'unavailable',
        message: 'the site’s portals could not be read from the hub yet',
      };
    const portal = list.portals.get(id);
    return portal
      ? { ok: true, portal }
      : { ok: false, code: 'refused', message: `${id} is not one of the site’s portals` };
  }

  /** Reads the list now (one read at a time; callers meanwhile wait for the same one). */
  refresh(): Promise<void> {
    this.reading ??= this.read().finally(() => (this.reading = null));
    return this.reading;
  }

  private async read(): Promise<void> {
    const { log } = this.options;
    this.triedAt = this.options.clock();
    let answer: unknown;
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      answer = await Promise.race([
        this.options.fetchPortals(),
        new Promise((_, reject) => {
          timer = setTimeout(
            () => reject(new Error(`no answer in ${this.timeoutMs} ms`)),
            this.timeoutMs,
          );
        }),
      ]);
    } catch (error) {
      log(`e-services: the portals could not be read from the hub (${String(error)})`);
      if (this.list) log('e-services: the last list read stays in use');
      return;
    } finally {
      clearTimeout(timer);
    }
    const parsed = answerSchema.safeParse(answer);
    if (!parsed.success) {
      log('e-services: the hub’s portal list does not match the contract; the last one stays');
      return;
    }
    const portals = new Map<string, EServicePortal>();
    for (const entry of parsed.data.portals) {
      const portal = portalSchema.safeParse(entry);
      if (!portal.success) {
        log('e-services: a portal of the hub’s list does not parse and is left out');
        continue;
      }
      if (portals.has(portal.data.id)) {
        log(`e-services: two portals are named ${portal.data.id}; the first is kept`);
        continue;
      }
      portals.set(portal.data.id, portal.data);
    }
    this.list = { portals, at: this.options.clock() };
  }
}
