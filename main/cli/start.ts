// `npm start`: the whole demo site on this machine (see main/demo/start-demo.ts).
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { startDemo, type Demo } from '../demo/start-demo';
import { demoAccounts } from '../demo/demo-accounts';
import { locateElectronBinary } from '../electron/binary/electron-binary';

const usage = `usage: npm start [-- --port 8080] [--data .data/demo] [--real-time] [--quiet]

  --port N      the hub's port on 127.0.0.1 (default 8080; 0 picks a free one)
  --data DIR    where the demo keeps its data (default .data/demo)
  --real-time   keep the real time even when the site is closed now
                (by default a closed site is demonstrated at its next opening)
  --quiet       no simulated activity: no demo agent serves, no demo visitor arrives
                (by default agents at Guichets 2, 3, 4 and 7 serve in real time;
                Guichet 1 and the others are yours to open)`;

function parse(argv: string[]) {
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        port: { type: 'string', default: process.env.PORT ?? '8080' },
        data: { type: 'string', default: '.data/demo' },
        'real-time': { type: 'boolean', default: false },
        quiet: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    const port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      return { error: `--port ${values.port}: a port number from 0 to 65535` };
    return {
      port,
      dataDir: values.data,
      realTime: values['real-time'],
      quiet: values.quiet,
      help: values.help,
    };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/** Electron's binary cannot always be downloaded (CI, closed networks): say so plainly. */
function electronNote(): string {
  return locateElectronBinary(process.cwd()).ok
    ? 'Desktop app: `npm run electron` starts it (its mode comes from its device configuration).'
    : 'Electron is not installed on this machine: the apps run in your browser (web mode); `npm run electron` where its binary is.';
}

function summary(demo: Demo): string {
  const time = new Intl.DateTimeFormat('fr-FR', {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: demo.timeZone,
  }).format(demo.clock.now());
  const shifted = demo.clock.offsetMs !== 0;
  // Appointments starting soon are the ones a visitor would check in for now.
  const now = demo.clock.now();
  const booked = demo.appointments
    .filter((a) => a.status === 'booked' && Date.parse(a.startsAt) >= now + 5 * 60_000)
    .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  const samples = [
    booked.find((a) => a.antsPreDemande),
    ...booked.filter((a) => !a.antsPreDemande).slice(0, 2),
  ].filter((a) => a !== undefined);
  const lines = [
    '',
    'Accueil — demo site "Centre administratif municipal" is running',
    '',
    `  Site time      ${time}${shifted ? '  (the site is closed now: the demo runs at its next opening; --real-time to keep the real time)' : ''}`,
    `  Kiosk          ${demo.kioskUrl}`,
    `  Display        ${demo.displayUrl}  (touch it once to let it speak)`,
    `  Counter        ${demo.counterUrl}`,
    `                 agents ${demoAccounts.agents
      .filter((a) => a.role === 'counter')
      .map((a) => a.id)
      .join(', ')} — password "${demoAccounts.counterPassword}"`,
    `                 manager ${demoAccounts.managerId} — password "${demoAccounts.managerPassword}"`,
    `  Dashboard      ${demo.hub.url}/dashboard/  (manager ${demoAccounts.managerId}, or admin for the devices)`,
    `  Hub API        ${demo.hub.url}/api/v1  (admin / "${demoAccounts.admin.password}")`,
    demo.activity
      ? `  Activity       demo agents serve at Guichets 2, 3, 4 and 7 and visitors arrive at the kiosk, in real time (--quiet: none)`
      : `  Activity       none (--quiet): the queue moves only when you act`,
    `  Printer        virtual ESC/POS printer: each ticket as .png/.html/.txt in ${demo.ticketsDir}`,
    `                 the counters' receipts on another one, in ${demo.receiptsDir}`,
    `  Central API    sandbox at ${demo.central.url} (${demo.appointments.length} appointments today)`,
    '',
    '  Try a check-in: type one of these codes here and press Enter, as if scanned at the kiosk:',
    ...samples.map(
      (a) =>
        `    ${a.antsPreDemande ?? a.bookingCode}   (${a.serviceCode}, ${a.startsAt.slice(11, 16)})   QR: ACCUEIL:RDV:${a.qrToken}`,
    ),
    '',
    `  ${electronNote()}`,
    '  Ctrl+C stops the demo; its data stays in the data folder for the next start.',
    '',
  ];
  return lines.join('\n');
}

async function main(): Promise<number> {
  const options = parse(process.argv.slice(2));
  if ('error' in options) {
    console.error(`start: ${options.error}\n\n${usage}`);
    return 2;
  }
  if (options.help) {
    console.log(usage);
    return 0;
  }
  // Listen for Ctrl+C first: it may come while the demo starts.
  const stopRequested = new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
  let demo: Demo;
  try {
    demo = await startDemo({
      dataDir: options.dataDir,
      port: options.port,
      realTime: options.realTime,
      activityTimeScale: options.quiet ? 0 : 1,
      log: (line) => console.log(line),
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`start: the demo could not start: ${message}`);
    if (/EADDRINUSE/.test(message))
      console.error(`port ${options.port} is taken: try npm start -- --port 0`);
    return 1;
  }
  console.log(summary(demo));

  // The terminal doubles as the kiosk's scanner: each line typed is scanned.
  const input = createInterface({ input: process.stdin, terminal: false });
  input.on('line', (line) => {
    const text = line.trim();
    if (!text) return;
    demo.devices.injectScan(text).then(
      () => console.log(`scanned "${text}" at the kiosk`),
      (error: unknown) => console.error(`scan failed: ${String(error)}`),
    );
  });

  await stopRequested;
  input.close();
  console.log('stopping the demo…');
  await demo.close();
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
