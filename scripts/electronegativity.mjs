#!/usr/bin/env node
// Electronegativity (Doyensec's Electron security scanner) over main/electron, as one
// step of `npm test`: it fails on every finding that main/electron/electronegativity-findings.json
// does not explain (by check and file), and names explanations no finding needs any more.
// The scanner tries to fetch Electron's release list; offline it goes on after a while.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { basename } from 'node:path';

const target = 'main/electron';
const report = '.test-results/electronegativity.sarif';
const explained = JSON.parse(
  readFileSync(`${target}/electronegativity-findings.json`, 'utf8'),
).findings;
const electronVersion = JSON.parse(
  readFileSync('node_modules/electron/package.json', 'utf8'),
).version;

mkdirSync('.test-results', { recursive: true });
rmSync(report, { force: true });
const run = spawnSync(
  'npx',
  ['electronegativity', '-i', target, '-o', report, '-e', electronVersion, '-r'],
  { encoding: 'utf8', timeout: 180_000 },
);
if (run.error || !existsSync(report)) {
  console.error(
    `electronegativity: the scan did not finish (${run.error?.message ?? run.stderr.slice(0, 500)})`,
  );
  process.exit(1);
}
const results = JSON.parse(readFileSync(report, 'utf8')).runs.flatMap((r) => r.results ?? []);
const findings = results.map((result) => {
  const location = result.locations?.[0]?.physicalLocation;
  const uri = location?.artifactLocation?.uri ?? '';
  return {
    check: result.ruleId,
    file: uri.startsWith('file:') ? '*' : basename(uri),
    line: location?.region?.startLine ?? 0,
  };
});
const explains = (entry, finding) =>
  entry.check === finding.check && (entry.file === '*' || entry.file === finding.file);
const unexplained = findings.filter((f) => !explained.some((entry) => explains(entry, f)));
const stale = explained.filter((entry) => !findings.some((f) => explains(entry, f)));

for (const f of unexplained)
  console.error(
    `  ✗ ${f.check} in ${target}/${f.file}:${f.line} — fix it, or explain it in ${target}/electronegativity-findings.json`,
  );
for (const entry of stale)
  console.log(
    `  (the explanation of ${entry.check} in ${entry.file} matches no finding any more: remove it)`,
  );
console.log(
  `electronegativity: ${findings.length} finding(s) on ${target}, ${findings.length - unexplained.length} explained, ${unexplained.length} not`,
);
process.exit(unexplained.length > 0 ? 1 : 0);
