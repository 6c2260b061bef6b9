#!/usr/bin/env node
// Type checks each layer against its own library set: shared/ without Node or DOM types,
// main/ with Node's, the web apps with the DOM's (through vue-tsc).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const projects = [
  ['tsc', 'tsconfig.shared.json'],
  ['tsc', 'tsconfig.node.json'],
  ['vue-tsc', 'tsconfig.web.json'],
].filter(([, project]) => existsSync(project));

let failed = false;
for (const [tool, project] of projects) {
  const run = spawnSync('npx', [tool, '-p', project, '--noEmit'], { stdio: 'inherit' });
  console.log(`${project}: ${run.status === 0 ? 'ok' : 'type errors'}`);
  if (run.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
