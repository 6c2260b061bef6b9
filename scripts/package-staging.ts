// The staged rollout's edit of an update manifest (pure): electron-updater reads a
// top-level `stagingPercentage` in latest.yml; electron-builder never writes one.

export const isUpdateManifest = (name: string) =>
  /^(latest|beta|alpha)(-[a-z0-9]+)?\.yml$/.test(name);

export function withStagingPercentage(manifest: string, percent: number): string {
  if (!Number.isInteger(percent) || percent < 0 || percent > 100)
    throw new RangeError(`stagingPercentage is an integer from 0 to 100, not ${percent}`);
  const lines = manifest.replace(/\r\n/g, '\n').split('\n');
  const kept = lines.filter((line) => !/^stagingPercentage\s*:/.test(line));
  while (kept.at(-1) === '') kept.pop();
  return `${[...kept, `stagingPercentage: ${percent}`].join('\n')}\n`;
}
