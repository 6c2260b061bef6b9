// How the suite launches Debian's Chromium (never a downloaded one); a spec that needs a
// switch more (a host name mapped onto the loopback, say) adds it to these.

const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * The environment Chromium starts with: the tests' own, without libfaketime (the date
 * sweep's shifted clock hangs Chromium's zygote; pages get the swept time from
 * test-clock.ts instead).
 */
function browserEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env))
    if (value !== undefined && name !== 'LD_PRELOAD' && !name.startsWith('FAKETIME'))
      env[name] = value;
  return env;
}

export function chromiumLaunchOptions(...extraArgs: string[]) {
  return {
    executablePath: '/usr/bin/chromium',
    args: [...chromiumArgs, ...extraArgs],
    env: browserEnv(),
  };
}
