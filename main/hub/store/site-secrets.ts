import type { Db } from './open-database';

/**
 * Values made once per site database and never changed: the key of the agents' pseudonyms
 * (so a pseudonym stays the same for years) and the install id that keeps visit ids unique
 * if a site ever starts again from an empty database.
 */
export class SiteSecrets {
  private readonly insert;
  private readonly select;

  constructor(db: Db) {
    this.insert = db.prepare(
      'INSERT OR IGNORE INTO site_secrets (name, value, created_at) VALUES (?, ?, ?)',
    );
    this.select = db.prepare('SELECT value FROM site_secrets WHERE name = ?');
  }

  /** The value named `name`, created with `make()` the first time. */
  get(name: string, make: () => string, now: number): string {
    this.insert.run(name, make(), now);
    return (this.select.get(name) as { value: string }).value;
  }
}
