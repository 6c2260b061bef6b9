// Opening and migrating SQLite databases, for every part of main/ that keeps one. At the
// bottom of main/'s layers: imports nothing from main/ (shared/ at most).
export {
  applyPragmas,
  openSqlite,
  schemaVersion,
  type Db,
  type OpenSqliteOptions,
} from './open-sqlite';
export { migrate, type Migration } from './migrate';
