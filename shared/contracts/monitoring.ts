import type { HealthAnswer } from './routes';

/** GET /api/v1/health/details: the hub's health for IT's monitoring (admin or monitoring token). */
export interface HealthDetails {
  status: 'ok' | 'degraded';
  /** Each standing problem in words, with what to look at; empty when ok. */
  problems: string[];
  now: number;
  database: {
    file: string;
    bytes: number;
    walBytes: number;
    schemaVersion: number;
    lastSeq: number;
  };
  sync: HealthAnswer['sync'];
  streamClients: number;
  devices: {
    enrolled: number;
    silent: { id: string; role: string; label: string; lastSeenAt: number | null }[];
  };
  disk: { dataDir: string; freeBytes: number; totalBytes: number };
}
