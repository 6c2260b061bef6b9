// `npm run simulate -- --days 30 [--seed N] [--profile normal]`: simulated days at the demo
// site on the real engine (shared/simulator), each day's figures on one line.
import { parseArgs } from 'node:util';
import { demoSiteConfig } from '../../shared/demo';
import { dayFigures, dayProfiles, simulateDays } from '../../shared/simulator';

const usage = `usage: npm run simulate -- [--days 30] [--seed 1] [--profile normal]

  --days N       open days to simulate (default 30; closed days are skipped)
  --seed N       the run's seed: the same seed gives the same days (default 1)
  --profile P    ${Object.keys(dayProfiles).join(', ')}, or "mixed" (default: each in turn)`;

function parse(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      days: { type: 'string', default: '30' },
      seed: { type: 'string', default: '1' },
      profile: { type: 'string', default: 'mixed' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const days = Number(values.days);
  const seed = Number(values.seed);
  if (!Number.isInteger(days) || days < 1 || days > 366)
    throw new Error(`--days ${values.days}: a whole number from 1 to 366`);
  if (!Number.isInteger(seed) || seed < 0)
    throw new Error(`--seed ${values.seed}: a whole number ≥ 0`);
  const profiles = values.profile === 'mixed' ? Object.keys(dayProfiles) : [values.profile];
  for (const name of profiles)
    if (!dayProfiles[name])
      throw new Error(`--profile ${name}: one of ${Object.keys(dayProfiles).join(', ')} or mixed`);
  return { days, seed, profiles, help: values.help };
}

function main(): number {
  let options: ReturnType<typeof parse>;
  try {
    options = parse(process.argv.slice(2));
  } catch (error) {
    console.error(
      `simulate: ${error instanceof Error ? error.message : String(error)}\n\n${usage}`,
    );
    return 2;
  }
  if (options.help) {
    console.log(usage);
    return 0;
  }
  const config = demoSiteConfig();
  const target = (service: string) =>
    config.services.find((s) => s.code === service)?.targetWaitMinutes ?? 10;
  const days = simulateDays({
    days: options.days,
    seed: options.seed,
    profiles: options.profiles,
    config,
  });
  const pad = (text: string | number, width: number) => String(text).padStart(width);
  console.log(`date        profile          visits  mean wait  p90 wait  within target  no-shows`);
  for (const day of days) {
    const f = dayFigures(day, target);
    console.log(
      `${f.date}  ${f.profile.padEnd(15)} ${pad(f.visits, 7)} ${pad(f.meanWaitMinutes.toFixed(1), 7)} min ${pad(f.p90WaitMinutes.toFixed(1), 6)} min ${pad((f.withinTarget * 100).toFixed(0), 11)} % ${pad(f.noShows, 9)}`,
    );
  }
  return 0;
}

process.exit(main());
