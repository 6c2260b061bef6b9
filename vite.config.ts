import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import VueI18nPlugin from '@intlify/unplugin-vue-i18n/vite';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';
import { webApps } from './shared/web/web-apps';

// The web apps (kiosk, counter console, …) are built once into dist/web and served by
// the hub; each app is one HTML entry, listed once in shared/web/web-apps.ts.
export { webApps };

// Message catalogs (`<app>/i18n/messages/<code>.json`) are compiled here, at build time:
// the hub's CSP forbids eval, so the bundle holds vue-i18n's runtime without its compiler.
const messageCatalogs = ['kiosk/**/i18n/messages/*.json', 'renderer/**/i18n/messages/*.json'].map(
  (pattern) => resolve(import.meta.dirname, pattern),
);

// The version each web app says at its hello on the event stream (the dashboard's fleet).
const { version } = JSON.parse(
  readFileSync(resolve(import.meta.dirname, 'package.json'), 'utf8'),
) as { version: string };

export default defineConfig({
  define: { __ACCUEIL_VERSION__: JSON.stringify(version) },
  plugins: [
    vue(),
    VueI18nPlugin({
      include: messageCatalogs,
      runtimeOnly: true,
      dropMessageCompiler: true,
      compositionOnly: true,
      fullInstall: false,
      strictMessage: true,
    }),
  ],
  base: '/',
  build: {
    outDir: 'dist/web',
    emptyOutDir: true,
    sourcemap: true,
    rollupOptions: { input: webApps },
  },
});
