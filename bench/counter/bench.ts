import { chromium, type Page } from '@playwright/test';
import type { Bench, BenchFigure } from '../report';
import { ConsolePage } from '../../e2e/counter/support/console-page';
import { CounterSite } from '../../e2e/counter/support/counter-site';
import { ensureTestWebBuild } from '../../e2e/support/web-build';

// Console action → hub acknowledgement, measured in the browser on the real console: a
// built bundle served by a real hub (SQLite, synchronous=FULL), Debian's Chromium. Two
// clocks per action, both read in the page with performance.now():
// - "hub answer": the click until the command's HTTP answer has arrived (Resource Timing);
// - "on screen": the click until the console shows the result, i.e. the answer is in
//   and the event stream has brought the action's events (the button is enabled again).

const CYCLES = 150;

type Measured = { answerMs: number; screenMs: number };

// Runs in the page (a string: the Node project has no DOM types). Clicks `selector` and
// resolves with both times once the console has gone busy and come back.
const timeClickInPage = `async ({ selector, commandPath }) => {
  const root = document.querySelector('.console');
  const button = document.querySelector(selector);
  if (!root || !button) throw new Error('nothing to click at ' + selector);
  performance.clearResourceTimings();
  const startedAt = performance.now();
  const settled = new Promise((resolve) => {
    let sawPending = false;
    const observer = new MutationObserver(() => {
      if (root.dataset.pending) sawPending = true;
      else if (sawPending) {
        observer.disconnect();
        resolve(performance.now());
      }
    });
    observer.observe(root, { attributes: true, attributeFilter: ['data-pending'] });
  });
  button.click();
  const screenAt = await settled;
  const answer = performance
    .getEntriesByType('resource')
    .find((entry) => entry.name.endsWith(commandPath));
  if (!answer) throw new Error('no request to ' + commandPath + ' was seen');
  return { answerMs: answer.responseEnd - startedAt, screenMs: screenAt - startedAt };
}`;

/** Clicks `selector` in the page and times the answer of the command to `commandPath`. */
async function clickAndTime(page: Page, selector: string, commandPath: string): Promise<Measured> {
  const args = JSON.stringify({ selector, commandPath });
  return (await page.evaluate(`(${timeClickInPage})(${args})`)) as Measured;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * (sorted.length - 1)))] ?? 0;
}

const round = (ms: number) => Math.round(ms * 10) / 10;

/** p50 and p99 of both clocks, read against what an agent perceives as immediate. */
function overall(samples: Measured[]): BenchFigure[] {
  const answers = samples.map((s) => s.answerMs);
  const screens = samples.map((s) => s.screenMs);
  const figure = (name: string, value: number, target: number, note?: string): BenchFigure => ({
    name,
    value: round(value),
    unit: 'ms',
    target: `<= ${target} ms`,
    meets: value <= target,
    ...(note ? { note } : {}),
  });
  return [
    figure(
      'console action → hub answer, p50',
      percentile(answers, 50),
      100,
      'click in the page until the command’s HTTP answer (Resource Timing responseEnd)',
    ),
    figure('console action → hub answer, p99', percentile(answers, 99), 250),
    figure(
      'console action → on screen, p50',
      percentile(screens, 50),
      100,
      'click until the stream has brought the events back and the console shows them',
    ),
    figure('console action → on screen, p99', percentile(screens, 99), 250),
  ];
}

/** One action's own spread, on screen. */
function perAction(label: string, samples: Measured[]): BenchFigure[] {
  const screens = samples.map((s) => s.screenMs);
  const answers = samples.map((s) => s.answerMs);
  return [
    {
      name: `${label} → on screen, p50 / p99`,
      value: round(percentile(screens, 50)),
      unit: 'ms',
      note: `p99 ${round(percentile(screens, 99))} ms; hub answer p50 ${round(percentile(answers, 50))} ms`,
    },
  ];
}

export const bench: Bench = async () => {
  const webDir = await ensureTestWebBuild();
  const site = await CounterSite.start({ webDir });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  try {
    for (let i = 0; i < CYCLES; i += 1) await site.issueAtKiosk('iris');
    const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    await page.goto(site.counterUrl(false));
    await page.evaluate('performance.setResourceTimingBufferSize(1000)');
    const agent = new ConsolePage(page);
    await agent.startSession('ag1', 'Guichet 1');

    const calls: Measured[] = [];
    const starts: Measured[] = [];
    const finishes: Measured[] = [];
    for (let i = 0; i < CYCLES; i += 1) {
      calls.push(await clickAndTime(page, '[data-action="callNext"]', '/api/v1/counter/call-next'));
      starts.push(await clickAndTime(page, '[data-action="start"]', '/api/v1/ticket/start'));
      await page.locator('[data-action="finish"]').click();
      finishes.push(
        await clickAndTime(page, 'dialog[open] button[type="submit"]', '/api/v1/ticket/finish'),
      );
    }
    const all = [...calls, ...starts, ...finishes];
    return {
      title: `Counter console (${CYCLES} visits, ${all.length} actions, Chromium, one hub on loopback)`,
      figures: [
        ...overall(all),
        ...perAction('call next', calls),
        ...perAction('start', starts),
        ...perAction('finish with an outcome', finishes),
      ],
    };
  } finally {
    await browser.close();
    await site.close();
  }
};
