import type { Migration } from '../../../sqlite';

// What each device said when it last opened the event stream: the version of the app it
// runs and the address it came from (the dashboard's fleet). Neither is a secret.
export const deviceVersions: Migration = {
  version: 14,
  name: 'device app versions and addresses',
  sql: `
    ALTER TABLE devices ADD COLUMN app_version TEXT;
    ALTER TABLE devices ADD COLUMN last_address TEXT;
  `,
};
