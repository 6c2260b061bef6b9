import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

// The web apps (kiosk, counter console, …) are built once into dist/web and served by
// the hub; each app is one HTML entry.
export const webApps = {
  kiosk: 'kiosk/index.html',
  counter: 'renderer/counter/index.html',
  status: 'renderer/status/index.html',
  display: 'renderer/display/index.html',
} as const;

export default defineConfig({
  plugins: [vue()],
  base: '/',
  build: {
    outDir: 'dist/web',
    emptyOutDir: true,
    sourcemap: true,
    rollupOptions: { input: webApps },
  },
});
