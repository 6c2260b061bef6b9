// `npm run bench`: every area's figures (hub, devices, central sync, the web apps in
// Chromium) in one run on this machine, printed side by side with their targets.
// Figures only; nothing here passes or fails a test. Each area's bench lives in bench/,
// mirroring the product's folders (bench/hub/, bench/devices/printer/, bench/kiosk/…).
import type { Bench, BenchSection } from '../bench/report';

const benches: Array<{ area: string; load: () => Promise<{ bench: Bench }> }> = [
  { area: 'hub', load: () => import('../bench/hub/bench') },
  { area: 'printer', load: () => import('../bench/devices/printer/bench') },
  { area: 'virtual printer', load: () => import('../bench/devices/virtual-printer/bench') },
  { area: 'scanner', load: () => import('../bench/devices/scanner/bench') },
  { area: 'device host', load: () => import('../bench/device-host/bench') },
  { area: 'central sandbox', load: () => import('../bench/central-sandbox/bench') },
  { area: 'central sync', load: () => import('../bench/hub/sync/bench') },
  { area: 'statistics', load: () => import('../bench/statistics/bench') },
  { area: 'counter console', load: () => import('../bench/counter/bench') },
  { area: 'kiosk', load: () => import('../bench/kiosk/bench') },
  { area: 'wait estimator', load: () => import('../bench/estimator/bench') },
  { area: 'forecast', load: () => import('../bench/forecast/bench') },
  { area: 'display', load: () => import('../bench/display/bench') },
  { area: 'dashboard', load: () => import('../bench/dashboard/bench') },
];

function formatValue(value: number): string {
  if (Number.isInteger(value)) return value.toLocaleString('en-US');
  if (Math.abs(value) >= 100) return Math.round(value).toLocaleString('en-US');
  return value.toPrecision(3);
}

function print(section: BenchSection): void {
  console.log(`\n## ${section.title}`);
  for (const figure of section.figures) {
    const verdict =
      figure.meets === undefined ? '' : figure.meets ? '  [meets target]' : '  [MISSES target]';
    const target = figure.target ? `  (target ${figure.target})` : '';
    console.log(`- ${figure.name}: ${formatValue(figure.value)} ${figure.unit}${target}${verdict}`);
    if (figure.note) console.log(`    ${figure.note}`);
  }
}

const only = process.argv.slice(2).map((arg) => arg.toLowerCase());
const selected = benches.filter(
  ({ area }) => only.length === 0 || only.some((wanted) => area.includes(wanted)),
);
if (selected.length === 0) {
  console.error(
    `no benchmark matches ${only.join(', ')}; areas: ${benches.map((b) => b.area).join(', ')}`,
  );
  process.exit(2);
}

console.log(`# Accueil benchmarks — ${new Date().toISOString()}`);
console.log(`node ${process.version}, ${process.platform}/${process.arch}`);
let failures = 0;
for (const { area, load } of selected) {
  try {
    const { bench } = await load();
    print(await bench());
  } catch (error) {
    failures += 1;
    console.error(
      `\n## ${area}: the benchmark failed: ${error instanceof Error ? error.stack : String(error)}`,
    );
  }
}
process.exit(failures > 0 ? 1 : 0);
