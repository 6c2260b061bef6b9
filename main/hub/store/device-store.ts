import type { DeviceRole } from '../../../shared/contracts/roles';
import { hashSecret, newEnrolmentCode, newToken, normaliseEnrolmentCode } from '../auth/secrets';
import type { Db } from './open-database';
import { statementCache } from './statement-cache';

export interface Device {
  id: string;
  role: DeviceRole;
  label: string;
  enrolledAt: number;
  lastSeenAt: number | null;
  revokedAt: number | null;
  /** What it said at its last hello on the event stream (null before its first). */
  appVersion: string | null;
  address: string | null;
}

export interface IssuedCode {
  code: string;
  role: DeviceRole;
  label: string;
  expiresAt: number;
}

export type Redemption =
  | { ok: true; device: Device; token: string }
  | { ok: false; reason: 'unknown' | 'used' | 'expired' };

interface DeviceRow {
  id: string;
  role: DeviceRole;
  label: string;
  enrolled_at: number;
  last_seen_at: number | null;
  revoked_at: number | null;
  app_version: string | null;
  last_address: string | null;
}

const toDevice = (row: DeviceRow): Device => ({
  id: row.id,
  role: row.role,
  label: row.label,
  enrolledAt: row.enrolled_at,
  lastSeenAt: row.last_seen_at,
  revokedAt: row.revoked_at,
  appVersion: row.app_version,
  address: row.last_address,
});

/** Enrolment codes (one use, short-lived) and the devices that redeemed them. */
export class DeviceStore {
  private readonly sql;

  constructor(private readonly db: Db) {
    this.sql = statementCache(db);
  }

  issueCode(role: DeviceRole, label: string, now: number, ttlMs: number): IssuedCode {
    const code = newEnrolmentCode();
    const expiresAt = now + ttlMs;
    this.sql(
      'INSERT INTO enrolment_codes (code_hash, role, label, created_at, expires_at) VALUES (?, ?, ?, ?, ?)',
    ).run(hashSecret(code), role, label, now, expiresAt);
    return { code, role, label, expiresAt };
  }

  /** One code per label, in one transaction: all are issued or none. */
  issueCodes(
    role: DeviceRole,
    labels: readonly string[],
    now: number,
    ttlMs: number,
  ): IssuedCode[] {
    return this.db.transaction(() =>
      labels.map((label) => this.issueCode(role, label, now, ttlMs)),
    )();
  }

  /** Exchanges a code for a device and its token, once: the code is spent atomically. */
  redeem(input: string, now: number, newId: () => string): Redemption {
    return this.db.transaction((): Redemption => {
      const codeHash = hashSecret(normaliseEnrolmentCode(input));
      const row = this.sql(
        'SELECT role, label, expires_at, used_at FROM enrolment_codes WHERE code_hash = ?',
      ).get(codeHash) as
        { role: DeviceRole; label: string; expires_at: number; used_at: number | null } | undefined;
      if (!row) return { ok: false, reason: 'unknown' };
      if (row.used_at !== null) return { ok: false, reason: 'used' };
      if (row.expires_at <= now) return { ok: false, reason: 'expired' };
      this.sql('UPDATE enrolment_codes SET used_at = ? WHERE code_hash = ?').run(now, codeHash);
      const token = newToken();
      const id = newId();
      this.sql(
        'INSERT INTO devices (id, role, label, token_hash, enrolled_at) VALUES (?, ?, ?, ?, ?)',
      ).run(id, row.role, row.label, hashSecret(token), now);
      return { ok: true, device: this.get(id) as Device, token };
    })();
  }

  byToken(token: string): Device | undefined {
    const row = this.sql('SELECT * FROM devices WHERE token_hash = ?').get(hashSecret(token)) as
      DeviceRow | undefined;
    return row && toDevice(row);
  }

  get(id: string): Device | undefined {
    const row = this.sql('SELECT * FROM devices WHERE id = ?').get(id) as DeviceRow | undefined;
    return row && toDevice(row);
  }

  list(): Device[] {
    return (this.sql('SELECT * FROM devices ORDER BY enrolled_at').all() as DeviceRow[]).map(
      toDevice,
    );
  }

  /** Revokes a device's token for good; returns false for an unknown id. */
  revoke(id: string, now: number): boolean {
    const result = this.sql(
      'UPDATE devices SET revoked_at = COALESCE(revoked_at, ?) WHERE id = ?',
    ).run(now, id);
    return result.changes > 0;
  }

  touch(id: string, now: number): void {
    this.sql('UPDATE devices SET last_seen_at = ? WHERE id = ?').run(now, id);
  }

  /** Its hello on the event stream: the app version it runs (kept when it says none) and its address. */
  noteHello(id: string, hello: { appVersion?: string; address?: string }, now: number): void {
    this.sql(
      `UPDATE devices SET app_version = COALESCE(?, app_version),
         last_address = COALESCE(?, last_address), last_seen_at = ? WHERE id = ?`,
    ).run(hello.appVersion ?? null, hello.address ?? null, now, id);
  }

  hasAny(role: DeviceRole): boolean {
    return (
      this.sql('SELECT 1 FROM devices WHERE role = ? AND revoked_at IS NULL').get(role) !==
      undefined
    );
  }

  purgeCodes(now: number): number {
    return this.sql('DELETE FROM enrolment_codes WHERE expires_at <= ? OR used_at IS NOT NULL').run(
      now,
    ).changes;
  }
}
