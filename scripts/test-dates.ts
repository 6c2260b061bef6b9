// `npm run test:dates`: the test suites run again under a shifted clock (libfaketime), on
// the dates and hours that have broken date-dependent tests before: month names with
// accents, a leap day, both DST changes, New Year's Eve a few minutes before midnight, a
// Sunday, a public holiday, the minute before opening and the minute before closing.
// Each moment is given in site time (Europe/Paris, the demo's and most tests' zone) and
// the clock keeps ticking from there, so a run that crosses midnight or a DST change
// crosses it for real.
//
//   npm run test:dates                    every moment, Vitest and Playwright (long)
//   npm run test:dates -- --quick         CI's subset (QUICK below): a few minutes
//   npm run test:dates -- --only dst-spring,new-year --suite vitest
//   npm run test:dates -- --suite playwright --files e2e/status/status-page.spec.ts
//
// Ends with one line "N passed, N failed" (one test per moment and suite).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zonedEpoch } from '../shared/calendar/zoned-time';

const siteZone = 'Europe/Paris';
const library = '/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1';

/** Every moment the sweep visits, in site time. */
export interface Moment {
  name: string;
  /** Site wall-clock time, `YYYY-MM-DDTHH:MM`. */
  at: string;
  why: string;
}

export const moments: Moment[] = [
  { name: 'february', at: '2027-02-02T10:00', why: 'février: an accented month' },
  { name: 'august', at: '2027-08-15T10:00', why: 'août, a Sunday and a holiday' },
  { name: 'december', at: '2026-12-02T10:00', why: 'décembre: broke the kiosk test' },
  { name: 'leap-day', at: '2028-02-29T10:00', why: 'a leap day' },
  { name: 'dst-spring', at: '2027-03-28T01:55', why: '02:00 → 03:00 within the run' },
  { name: 'dst-autumn', at: '2027-10-31T02:55', why: '03:00 → 02:00 within the run' },
  { name: 'new-year', at: '2026-12-31T23:55', why: 'midnight and a new year within the run' },
  { name: 'sunday', at: '2026-12-06T10:00', why: 'the site is closed' },
  { name: 'holiday', at: '2027-07-14T10:00', why: 'Fête nationale: a public holiday' },
  { name: 'before-opening', at: '2027-03-10T08:29', why: 'a minute before opening' },
  { name: 'before-closing', at: '2027-03-10T17:59', why: 'a minute before closing' },
];

/** One suite run at one moment, on some of its test files or all of them. */
interface SweepRun {
  moment: string;
  suite: SuiteName;
  files?: string[];
}

/**
 * CI's fast subset: the moments that found date bugs before. Vitest whole (every unit and
 * integration test, ~2 minutes) across midnight into a new year and across the autumn DST
 * change; the e2e specs that print dates and days (check-in refusals, the status page,
 * the manager's report) on a day whose month name has an accent.
 */
const QUICK: SweepRun[] = [
  { moment: 'new-year', suite: 'vitest' },
  { moment: 'dst-autumn', suite: 'vitest' },
  {
    moment: 'december',
    suite: 'playwright',
    files: [
      'e2e/kiosk/kiosk-check-in.spec.ts',
      'e2e/status/status-page.spec.ts',
      'e2e/counter/counter-manager.spec.ts',
    ],
  },
];

/** The UTC instant of a site-time wall clock, by the product's own zone arithmetic. */
export function siteTimeToUtc(wall: string, zone = siteZone): Date {
  const [date = '', time = ''] = wall.split('T');
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return new Date(zonedEpoch(date, hours * 60 + minutes, zone));
}

/** The environment that starts a process's clock at `instant` and lets it tick. */
export function fakeClockEnv(instant: Date): Record<string, string> {
  const stamp = instant.toISOString().slice(0, 19).replace('T', ' ');
  return {
    LD_PRELOAD: library,
    FAKETIME: `@${stamp}`,
    // Timers and timeouts keep the real monotonic clock: only wall time moves.
    FAKETIME_DONT_FAKE_MONOTONIC: '1',
    TZ: 'UTC',
  };
}

type SuiteName = 'vitest' | 'playwright';

const suites: Record<SuiteName, { cmd: string; args: string[] }> = {
  vitest: { cmd: 'npx', args: ['vitest', 'run'] },
  playwright: { cmd: 'npx', args: ['playwright', 'test'] },
};

/** The runs that the command line asks for: QUICK, or chosen moments × suites. */
export function parseArgs(argv: string[]): SweepRun[] {
  let only: string[] | null = null;
  let chosenSuites: string[] = ['vitest', 'playwright'];
  let quick = false;
  let files: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--quick') quick = true;
    else if (arg === '--only') only = (argv[++i] ?? '').split(',').filter(Boolean);
    else if (arg === '--suite') chosenSuites = (argv[++i] ?? '').split(',').filter(Boolean);
    else if (arg === '--files') files = (argv[++i] ?? '').split(',').filter(Boolean);
    else
      throw new Error(
        `unknown option ${arg}; use --quick, --only a,b, --suite vitest or --files a.spec.ts,b.spec.ts`,
      );
  }
  if (quick) return QUICK;
  const suiteNames = chosenSuites.map((suite) => {
    if (suite !== 'vitest' && suite !== 'playwright')
      throw new Error(`unknown suite ${suite}; use vitest or playwright`);
    return suite;
  });
  for (const name of only ?? [])
    if (!moments.some((m) => m.name === name))
      throw new Error(`unknown moment ${name}; moments: ${moments.map((m) => m.name).join(', ')}`);
  return moments
    .filter((m) => !only || only.includes(m.name))
    .flatMap((m) =>
      suiteNames.map((suite) => ({ moment: m.name, suite, ...(files.length > 0 && { files }) })),
    );
}

interface TestResult {
  status?: string;
  fullName?: string;
  failureMessages?: string[];
}

/** The first line of a failed test's message, so the sweep's log says why. */
function why(test: TestResult): string {
  const first = test.failureMessages?.[0]?.split('\n')[0]?.trim();
  return first ? `: ${first.slice(0, 200)}` : '';
}
interface VitestReport {
  testResults?: { name?: string; status?: string; assertionResults?: TestResult[] }[];
}
interface PlaywrightSuite {
  specs?: { file: string; line: number; title: string; tests?: TestResult[] }[];
  suites?: PlaywrightSuite[];
}

function failuresOf(suite: SuiteName, reportFile: string): string[] | null {
  if (!existsSync(reportFile)) return null;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(reportFile, 'utf8'));
  } catch {
    return null; // cut short by a crash: no report
  }
  if (suite === 'vitest') {
    const report = json as VitestReport;
    return (report.testResults ?? []).flatMap((file) => {
      const where = file.name?.replace(`${process.cwd()}/`, '') ?? '?';
      const failed = (file.assertionResults ?? []).filter((t) => t.status === 'failed');
      if (file.status === 'failed' && failed.length === 0) return [`${where}: did not load`];
      return failed.map((t) => `${where} › ${t.fullName}${why(t)}`);
    });
  }
  const walk = (node: PlaywrightSuite): string[] => [
    ...(node.specs ?? []).flatMap((spec) =>
      (spec.tests ?? [])
        .filter((t) => t.status === 'unexpected')
        .map(() => `${spec.file}:${spec.line} › ${spec.title}`),
    ),
    ...(node.suites ?? []).flatMap(walk),
  ];
  return ((json as PlaywrightSuite).suites ?? []).flatMap(walk);
}

function run(runs: SweepRun[]): boolean {
  if (!existsSync(library)) {
    console.error(`libfaketime is missing (${library}): apt-get install faketime`);
    process.exit(2);
  }
  const dir = '.test-results/dates';
  mkdirSync(dir, { recursive: true });
  let passed = 0;
  let failed = 0;
  const lines: string[] = [];
  for (const { moment: name, suite: suiteName, files = [] } of runs) {
    const moment = moments.find((m) => m.name === name);
    if (!moment) throw new Error(`no moment named ${name}`);
    const instant = siteTimeToUtc(moment.at);
    const suite = suites[suiteName];
    const reportFile = `${dir}/${moment.name}-${suiteName}.json`;
    const reportArgs =
      suiteName === 'vitest' ? ['--outputFile.json', reportFile] : ['--reporter', 'dot,json'];
    const env: NodeJS.ProcessEnv = { ...process.env, ...fakeClockEnv(instant) };
    if (suiteName === 'playwright') env.PLAYWRIGHT_JSON_OUTPUT_NAME = reportFile;
    const what = files.length > 0 ? `${suiteName} (${files.length} files)` : suiteName;
    console.log(
      `\n=== ${moment.name}: ${moment.at} ${siteZone} (${instant.toISOString()}), ${what} — ${moment.why} ===`,
    );
    // A report left by an earlier sweep must not stand for this run.
    rmSync(reportFile, { force: true });
    const started = Date.now();
    const result = spawnSync(suite.cmd, [...suite.args, ...reportArgs, ...files], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    const failures = failuresOf(suiteName, reportFile);
    const ok = result.status === 0 && failures !== null && failures.length === 0;
    const seconds = ((Date.now() - started) / 1000).toFixed(0);
    if (ok) passed += 1;
    else failed += 1;
    const detail = ok
      ? 'ok'
      : failures === null
        ? `no report (exit ${result.status}): ${(result.stderr || result.stdout).trim().split('\n').slice(-3).join(' | ')}`
        : `${failures.length} failed`;
    lines.push(`${moment.name} ${what}: ${detail} (${seconds}s)`);
    console.log(lines.at(-1));
    for (const failure of (failures ?? []).slice(0, 20)) console.log(`  ✗ ${failure}`);
  }
  console.log('\n=== date sweep ===');
  for (const line of lines) console.log(line);
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  let runs: SweepRun[];
  try {
    runs = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(2);
  }
  process.exit(run(runs) ? 0 : 1);
}
