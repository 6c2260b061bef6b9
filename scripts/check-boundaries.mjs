#!/usr/bin/env node
// Keeps the layer rules of ARCHITECTURE.md true: every import in shared/, main/,
// renderer/ and kiosk/ is checked against what its layer may reach, and file names
// against the naming rules. Prints each violation with its file and line; exits 1 if any.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..'));
const layers = ['shared', 'main', 'renderer', 'kiosk'];
const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

// Bare packages each layer may import (tests may also use the test tools).
const sharedPackages = new Set(['zod']);
const testPackages = new Set(['vitest', 'fast-check']);
const webPackages = new Set(['vue', 'vue-i18n', 'pinia', 'qrcode', 'axe-core', '@vue/test-utils']);

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
