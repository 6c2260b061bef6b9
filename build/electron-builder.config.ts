import type { Configuration } from 'electron-builder';
import { nativeModules } from '../main/electron/binary/build-electron';
import afterPack from './after-pack';

// electron-builder's configuration, in TypeScript rather than a YAML file or package.json's
// `build`: it is type-checked against electron-builder's own Configuration, the afterPack
// hook is a real imported function, the native-module list is the bundler's own, and the
// tests import this very object. Used as `electron-builder --config build/electron-builder.config.ts`
// (scripts/package.ts).
//
// What goes in: the bundles (dist/electron: main.cjs, preload.cjs; dist/web: the apps) and,
// from node_modules, only the native modules the bundle leaves outside and what they
// require. esbuild has already bundled every other dependency into main.cjs, so the
// production dependencies of package.json (vue, fastify, echarts…) are filtered out here.

/** Where updates come from unless the device configuration names another server. */
export const defaultUpdateUrl =
  process.env.ACCUEIL_UPDATE_URL ?? 'https://updates.accueil.invalid/';

/** What the native modules require at run time (found by reading their package.json files). */
export const nativeRuntimeModules = [
  ...nativeModules,
  // better-sqlite3 → bindings → file-uri-to-path
  'bindings',
  'file-uri-to-path',
  // serialport's own packages and what they require
  '@serialport/*',
  'debug',
  'ms',
  'node-gyp-build',
  // @napi-rs/canvas loads its platform package (linux-x64-gnu, win32-x64-msvc…)
  '@napi-rs/canvas-*',
];

/** Native modules whose .node files must sit outside the asar (the OS loads them from disk). */
export const unpackedNativeFiles = ['**/*.node', 'node_modules/@napi-rs/canvas-*/**'];

const config: Configuration = {
  appId: 'fr.accueil.guichet-unique',
  productName: 'Accueil',
  executableName: 'accueil',
  copyright: 'EUPL-1.2',
  directories: { output: 'dist/packages', buildResources: 'build/resources' },
  extraMetadata: { main: 'dist/electron/main.cjs' },
  asar: true,
  asarUnpack: unpackedNativeFiles,
  files: [
    'package.json',
    'dist/electron/**/*',
    'dist/web/**/*',
    '!**/*.map',
    '!**/*.{ts,mts,cts,tsx}',
    '!**/*.{test,spec}.*',
    '!**/{test,tests,__tests__,__golden__}/**',
    // Node modules: none but the native ones (everything else is in main.cjs)…
    '!node_modules/**/*',
    ...nativeRuntimeModules.map((name) => `node_modules/${name}/**/*`),
    // …without their C++ sources, build leftovers and other platforms' prebuilt binaries.
    '!node_modules/better-sqlite3/{src,deps}/**',
    '!node_modules/better-sqlite3/build/**',
    'node_modules/better-sqlite3/build/Release/better_sqlite3.node',
    '!node_modules/@serialport/bindings-cpp/{src,binding.gyp}',
    '!node_modules/@serialport/bindings-cpp/src/**',
    '!node_modules/@serialport/bindings-cpp/prebuilds/{android-*,darwin-*}/**',
    '!node_modules/**/{README,CHANGELOG,HISTORY}*',
  ],
  // Native modules are rebuilt for Electron's ABI by @electron/rebuild (see docs/it).
  npmRebuild: true,
  nodeGypRebuild: false,
  buildDependenciesFromSource: false,
  electronLanguages: ['fr', 'en-US', 'en-GB', 'es', 'ar', 'pt-PT', 'pt-BR', 'de', 'it', 'tr'],
  afterPack,
  publish: [{ provider: 'generic', url: defaultUpdateUrl, channel: 'latest' }],
  generateUpdatesFilesForAllChannels: true,
  linux: {
    target: ['deb', 'AppImage'],
    // Drawn from build/resources/icon.svg by build/make-icons.ts.
    icon: 'build/resources/icons',
    category: 'Office',
    maintainer: 'DSI de la ville <dsi@mairie.invalid>',
    synopsis: 'Accueil: borne, guichet et affichage',
  },
  deb: {
    depends: ['libgtk-3-0', 'libnss3', 'libxss1', 'libxtst6', 'libnotify4', 'libasound2'],
    afterInstall: 'build/linux/after-install.sh',
  },
  win: { target: ['nsis'], icon: 'build/resources/icon.png' },
  nsis: {
    oneClick: false,
    perMachine: true,
    allowToChangeInstallationDirectory: false,
    artifactName: '${productName}-Setup-${version}.${ext}',
  },
};

export default config;
