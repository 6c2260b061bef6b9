// `npm run bench`: every area's figures (hub, devices, central sync, the web apps in
// Chromium) in one run on this machine, printed side by side with their targets.
// Figures only; nothing here passes or fails a test. It lives in scripts/ because it
// reaches both main/ and the browser benches of e2e/.
import type { Bench, BenchSection } from '../main/bench/report';

const benches: Array<{ area: string; load: () => Promise<{ bench: Bench }> }> = [
  { area: 'hub', load: () => import('../main/hub/bench') },
  { area: 'printer', load: () => import('../main/devices/printer/bench') },
  { area: 'virtual printer', load: () => import('../main/devices/virtual-printer/bench') },
  { area: 'scanner', load: () => import('../main/devices/scanner/scan-bench') },
  { area: 'device host', load: () => import('../main/device-host/device-host-bench') },
  { area: 'central sandbox', load: () => import('../main/central-sandbox/bench') },
  { area: 'central sync', load: () => import('../main/hub/sync/bench') },
  { area: 'counter console', load: () => import('../e2e/counter/counter-bench') },
  { area: 'kiosk', load: () => import('../e2e/support/kiosk-bench') },
  { area: 'display', load: () => import('../bench/display/display-bench') },
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
