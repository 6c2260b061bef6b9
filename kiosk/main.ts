import '../renderer/common/hub/zod-without-eval';
import { createPinia } from 'pinia';
import { createApp } from 'vue';
import '../renderer/common/ui/theme.css';
import './kiosk.css';
import App from './App.vue';
import { loadPageConfig } from './config/page-config';
import { kioskI18n } from './i18n/kiosk-i18n';
import { useBrowserStore } from './stores/browser-store';
import { useConfigStore } from './stores/config-store';
import { useDevicesStore } from './stores/devices-store';
import { useHubStore } from './stores/hub-store';

const pinia = createPinia();
const app = createApp(App).use(pinia).use(kioskI18n.plugin);

const loaded = loadPageConfig(window.location, window.sessionStorage);
const config = useConfigStore(pinia);
if (loaded.ok) {
  config.config = loaded.config;
  // The tokens leave the address bar (and the history) as soon as they are read.
  if (loaded.fromAddress) history.replaceState(null, '', window.location.pathname);
  useHubStore(pinia).connect(loaded.config.hub);
  void useDevicesStore(pinia).connect(loaded.config.devices);
  // The locked e-services browser, where the kiosk runs in the Electron app.
  useBrowserStore(pinia).connect();
} else {
  config.problem = loaded.reason === 'invalid' ? loaded.message : null;
}

app.mount('#app');
