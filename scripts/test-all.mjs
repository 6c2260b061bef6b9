#!/usr/bin/env node
// `npm test`: every check the project has, in order, then one closing line
// "N passed, N failed" that CI reads. Static checks count as one test each; Vitest and
// Playwright contribute their own counts from their JSON reports. Every step runs even
// when an earlier one fails, so one run shows everything that is wrong.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';

const resultsDir = '.test-results';
rmSync(resultsDir, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });

const only = process.argv.slice(2);
const steps = [
  { name: 'lint', cmd: 'npx', args: ['eslint', '.'] },
  { name: 'format', cmd: 'npx', args: ['prettier', '--check', '.'] },
  { name: 'typecheck', cmd: 'node', args: ['scripts/typecheck.mjs'] },
  { name: 'boundaries', cmd: 'node', args: ['scripts/check-boundaries.mjs'] },
  { name: 'electronegativity', cmd: 'node', args: ['scripts/electronegativity.mjs'] },
  { name: 'unit+integration', cmd: 'npx', args: ['vitest', 'run'], report: 'vitest' },
  { name: 'end-to-end', cmd: 'npx', args: ['playwright', 'test'], report: 'playwright' },
  // The date sweep's fast subset (the whole sweep: npm run test:dates).
  { name: 'dates', cmd: 'npx', args: ['tsx', 'scripts/test-dates.ts', '--quick'] },
].filter((step) => only.length === 0 || only.includes(step.name));

// A runner's JSON report (vitest, playwright), or null when it wrote none (or a cut one:
// a crashed runner must not keep the closing line from being printed).
function readReport(runner) {
  const file = `${resultsDir}/${runner}.json`;
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

function vitestCounts() {
  const report = readReport('vitest');
  if (!report) return null;
  // Suites that fail to load count as failures too: their tests never ran.
  const brokenSuites = (report.testResults ?? []).filter(
    (suite) => suite.status === 'failed' && (suite.assertionResults ?? []).length === 0,
  ).length;
  return {
    passed: report.numPassedTests ?? 0,
    failed: (report.numFailedTests ?? 0) + brokenSuites,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
  };
}

function playwrightCounts() {
  const report = readReport('playwright');
  if (!report) return null;
  const stats = report.stats ?? {};
  return {
    passed: (stats.expected ?? 0) + (stats.flaky ?? 0),
    failed: stats.unexpected ?? 0,
    skipped: stats.skipped ?? 0,
  };
}

// The first line of an error, without colour codes, for the closing list of failures.
const firstLine = (text) =>
  String(text ?? '')
    // eslint-disable-next-line no-control-regex
    .replace(/\u001b\[[0-9;]*m/g, '')
    .split('\n')
    .find((line) => line.trim() !== '')
    ?.trim()
    .slice(0, 300) ?? '';

function vitestFailures() {
  return (readReport('vitest')?.testResults ?? []).flatMap((suite) => {
    const where = suite.name?.replace(`${process.cwd()}/`, '') ?? '?';
    const tests = suite.assertionResults ?? [];
    if (suite.status === 'failed' && tests.length === 0)
      return [`${where}: ${firstLine(suite.message)}`];
    return tests
      .filter((t) => t.status === 'failed')
      .map((t) => `${where} › ${t.fullName}: ${firstLine(t.failureMessages?.[0])}`);
  });
}

function playwrightFailures() {
  const walk = (suite) => [
    ...(suite.specs ?? []).flatMap((spec) =>
      (spec.tests ?? [])
        .filter((t) => t.status === 'unexpected')
        .map((t) => {
          const error = t.results?.at(-1)?.error?.message;
          return `${spec.file}:${spec.line} › ${spec.title}: ${firstLine(error)}`;
        }),
    ),
    ...(suite.suites ?? []).flatMap(walk),
  ];
  return (readReport('playwright')?.suites ?? []).flatMap(walk);
}

function hasE2eSpecs() {
  const walk = (dir) =>
    readdirSync(dir, { withFileTypes: true }).some((e) =>
      e.isDirectory() ? walk(`${dir}/${e.name}`) : e.name.endsWith('.spec.ts'),
    );
  return existsSync('e2e') && walk('e2e');
}

let passed = 0;
let failed = 0;
let skipped = 0;
const summary = [];

for (const step of steps) {
  if (step.report === 'playwright' && !hasE2eSpecs()) {
    summary.push(`${step.name}: no specs yet`);
    continue;
  }
  console.log(`\n=== ${step.name} ===`);
  const started = Date.now();
  const run = spawnSync(step.cmd, step.args, { stdio: 'inherit', env: process.env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const ok = run.status === 0;
  const counts =
    step.report === 'vitest'
      ? vitestCounts()
      : step.report === 'playwright'
        ? playwrightCounts()
        : null;
  if (counts) {
    // A runner that exits non-zero with no failing test (a crash, a config error) fails once.
    const crashed = !ok && counts.failed === 0 ? 1 : 0;
    passed += counts.passed;
    failed += counts.failed + crashed;
    skipped += counts.skipped;
    summary.push(
      `${step.name}: ${counts.passed} passed, ${counts.failed + crashed} failed, ${counts.skipped} skipped (${seconds}s)`,
    );
  } else {
    if (ok) passed += 1;
    else failed += 1;
    summary.push(`${step.name}: ${ok ? 'ok' : 'FAILED'} (${seconds}s)`);
  }
}

console.log('\n=== summary ===');
for (const line of summary) console.log(line);
// Named again here, last, so a log cut to its tail still says what failed.
const failures = [...vitestFailures(), ...playwrightFailures()];
if (failures.length > 0) {
  console.log('failed tests:');
  for (const failure of failures.slice(0, 30)) console.log(`  ✗ ${failure}`);
  if (failures.length > 30) console.log(`  … and ${failures.length - 30} more`);
}
// The closing line CI reads: "N passed, N failed" (", N skipped" may follow), alone, last.
console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
