#!/usr/bin/env node
// Keeps the layer rules of ARCHITECTURE.md true: every import in shared/, main/ (and
// between main/'s own folders), renderer/, kiosk/ and bench/ is checked against what its
// layer may reach, and file names against the naming rules. Prints each violation with
// its file and line; exits 1 if any.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..'));
const layers = ['shared', 'main', 'renderer', 'kiosk', 'bench'];

// main/'s folders, lowest first. A folder imports only folders of lower tiers; folders of
// one tier do not import each other (tests may reach sideways in their own tier: the
// central client is tested against the sandbox, and the sandbox with the client).
// A new folder of main/ is placed here before it can import or be imported.
const mainTiers = [
  ['config', 'sqlite', 'lifecycle', 'http'],
  ['central', 'central-sandbox', 'devices', 'web'],
  ['hub'],
  ['device-host'],
  ['demo'],
  ['electron'],
  ['cli'],
];
// Narrower than their tier: the sandbox plays the town's central API, so it shares
// nothing with the hub or the client it answers.
const mainOnly = { 'central-sandbox': ['sqlite'] };
const mainTier = new Map(mainTiers.flatMap((tier, rank) => tier.map((name) => [name, rank])));
const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

// Bare packages each layer may import (tests may also use the test tools).
const sharedPackages = new Set(['zod']);
const testPackages = new Set(['vitest', 'fast-check']);
const webPackages = new Set(['vue', 'pinia', 'qrcode', 'axe-core', '@vue/test-utils']);
// vue-i18n, and its message parser for the catalog checks (renderer/common/i18n).
webPackages.add('vue-i18n').add('@intlify/message-compiler');
// The dashboard's views and sparklines.
webPackages.add('vue-router').add('vue-echarts').add('echarts');

function walk(dir, out = []) {
  let entries;
  try {
    entries = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of entries) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else if (/\.(ts|mts|vue|js|mjs)$/.test(name)) out.push(path);
  }
  return out;
}

const importPattern =
  /(?:^|[^\w.])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|[^\w.])import\s*\(\s*['"]([^'"]+)['"]\s*\)|(?:^|[^\w.])import\s+['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]\s*\)/g;

function importsOf(text) {
  const found = [];
  const lines = text.split('\n');
  lines.forEach((line, index) => {
    for (const match of line.matchAll(importPattern)) {
      const spec = match[1] ?? match[2] ?? match[3] ?? match[4];
      if (spec) found.push({ spec, line: index + 1 });
    }
  });
  return found;
}

function packageName(spec) {
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

function layerOf(repoPath) {
  return repoPath.split('/')[0];
}

/** Why a file of main/ may not import `target` (also in main/), or null if it may. */
function mainProblem(repoPath, target, isTest) {
  const from = repoPath.split('/')[1];
  const to = target.split('/')[1];
  for (const folder of [from, to])
    if (!mainTier.has(folder))
      return `main/${folder}/ has no place in main/'s layers: add it to mainTiers in scripts/check-boundaries.mjs`;
  if (from === to) return null;
  const only = mainOnly[from];
  if (only && !only.includes(to) && !isTest)
    return `main/${from}/ may import only shared/ and ${only.map((f) => `main/${f}/`).join(', ')}, not ${target}`;
  const [fromRank, toRank] = [mainTier.get(from), mainTier.get(to)];
  if (toRank < fromRank || (isTest && toRank === fromRank)) return null;
  return `main/${from}/ may not import ${target}: main/${to}/ is ${toRank === fromRank ? 'beside' : 'above'} it in main/'s layers`;
}

function check(file) {
  const repoPath = relative(root, file).split(sep).join('/');
  const layer = layerOf(repoPath);
  const isTest = /\.(test|spec)\.ts$/.test(repoPath) || repoPath.includes('/test-support/');
  const problems = [];
  const base = repoPath.split('/').pop();

  if (base.endsWith('.vue')) {
    if (!/^[A-Z][A-Za-z0-9]*\.vue$/.test(base))
      problems.push({ line: 1, why: 'Vue components are named in PascalCase' });
  } else if (!/^[a-z0-9]+(?:[.-][a-z0-9]+)*\.(ts|mts|js|mjs|d\.ts)$/.test(base)) {
    problems.push({ line: 1, why: 'source files are named in kebab-case' });
  }
  // One scheme in every web app: Pinia stores are stores/<domain>-store.ts, top-level
  // screens live in views/ (not screens/ in one app and views/ in another).
  if (/^(kiosk|renderer)\//.test(repoPath)) {
    if (/\/stores\/[^/]+\.ts$/.test(repoPath) && !/-store(\.test)?\.ts$/.test(base))
      problems.push({ line: 1, why: 'a Pinia store file is named <domain>-store.ts' });
    if (repoPath.includes('/screens/'))
      problems.push({ line: 1, why: "an app's top-level screens live in views/" });
  }

  for (const { spec, line } of importsOf(readFileSync(file, 'utf8'))) {
    const relativeSpec = spec.startsWith('.');
    const target = relativeSpec
      ? relative(root, resolve(dirname(file), spec))
          .split(sep)
          .join('/')
      : null;
    const targetLayer = target ? layerOf(target) : null;
    const pkg = relativeSpec ? null : packageName(spec);

    if (pkg === 'electron' && !repoPath.startsWith('main/electron/'))
      problems.push({ line, why: 'only main/electron/ may import electron' });

    if (layer === 'shared') {
      if (target && targetLayer !== 'shared')
        problems.push({ line, why: `shared/ may not import ${target}` });
      if (pkg && builtins.has(spec))
        problems.push({ line, why: `shared/ stays pure: no Node built-in (${spec})` });
      else if (pkg && !sharedPackages.has(pkg) && !(isTest && testPackages.has(pkg)))
        problems.push({ line, why: `shared/ may not import the package ${pkg}` });
    }
    if (layer === 'main' && target && !['main', 'shared'].includes(targetLayer))
      problems.push({ line, why: `main/ may import only shared/ and main/, not ${target}` });
    if (layer === 'main' && targetLayer === 'main') {
      const why = mainProblem(repoPath, target, isTest);
      if (why) problems.push({ line, why });
    }
    if (target?.includes('/test-support/') && !isTest && layer !== 'bench')
      problems.push({ line, why: `test fixtures stay out of the product: ${target}` });
    if (layer === 'renderer' || layer === 'kiosk') {
      const allowed = layer === 'renderer' ? ['renderer', 'shared'] : ['kiosk', 'shared'];
      const inCommon = target?.startsWith('renderer/common/');
      if (target && !allowed.includes(targetLayer) && !(layer === 'kiosk' && inCommon))
        problems.push({ line, why: `${layer}/ may not import ${target}` });
      if (pkg && builtins.has(spec))
        problems.push({ line, why: `${layer}/ runs in a browser: no Node built-in (${spec})` });
      if (pkg && !relativeSpec && !webPackages.has(pkg) && !(isTest && testPackages.has(pkg)))
        if (!pkg.startsWith('@vue/') && pkg !== 'zod')
          problems.push({ line, why: `${layer}/ may not import the package ${pkg}` });
    }
  }
  return problems.map((p) => `${repoPath}:${p.line}: ${p.why}`);
}

const files = layers.flatMap((layer) => walk(join(root, layer)));
const violations = files.flatMap(check);
if (violations.length > 0) {
  console.error(violations.join('\n'));
  console.error(`\n${violations.length} boundary violation(s). See ARCHITECTURE.md, "Layers".`);
  process.exit(1);
}
console.log(`boundaries: ${files.length} files checked, layer rules hold`);
