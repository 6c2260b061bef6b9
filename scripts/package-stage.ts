// `npm run package:stage -- DIR PERCENT`: the staged rollout. Writes `stagingPercentage`
// into the update manifests (latest*.yml, beta*.yml) electron-builder left in DIR, before
// they are copied to the update server: electron-updater on each device then installs the
// new version only if its own stable random number falls under that percentage. Raise it
// (20, 50, 100) by running this again and copying the manifests again.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isUpdateManifest, withStagingPercentage } from './package-staging';

const [dir, percentText] = process.argv.slice(2);
const percent = Number(percentText);
if (!dir || !Number.isInteger(percent) || percent < 0 || percent > 100) {
  console.error(
    'usage: npm run package:stage -- DIR PERCENT (an integer from 0 to 100), e.g. dist/packages 20',
  );
  process.exit(2);
}
const manifests = readdirSync(dir).filter(isUpdateManifest);
if (manifests.length === 0) {
  console.error(
    `package:stage: no update manifest (latest*.yml, beta*.yml) in ${dir}: run npm run package first`,
  );
  process.exit(1);
}
for (const name of manifests) {
  const path = join(dir, name);
  writeFileSync(path, withStagingPercentage(readFileSync(path, 'utf8'), percent));
  console.log(`package:stage: ${path}: stagingPercentage ${percent}`);
}
