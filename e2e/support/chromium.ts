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

export function chromiumLaunchOptions(...extraArgs: string[]) {
  return { executablePath: '/usr/bin/chromium', args: [...chromiumArgs, ...extraArgs] };
}
