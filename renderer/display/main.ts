import '../common/hub/zod-without-eval';
import { createPinia } from 'pinia';
import { createApp } from 'vue';
import '../common/ui/theme.css';
import App from './App.vue';
import { loadDisplayConfig } from './config/page-config';
import { displayI18n } from './i18n/display-i18n';
import { useAnnouncerStore } from './stores/announcer-store';
import { useDisplayStore } from './stores/display-store';

const pinia = createPinia();
const app = createApp(App).use(pinia).use(displayI18n.plugin);

const loaded = loadDisplayConfig(window.location, window.sessionStorage);
const display = useDisplayStore(pinia);
if (loaded.ok) {
  // The token leaves the address bar (and the history) as soon as it is read.
  if (loaded.fromAddress) history.replaceState(null, '', window.location.pathname);
  display.connect(loaded.config);
  const announcer = useAnnouncerStore(pinia);
  // Any touch or key turns the sound on (browsers allow audio after a gesture).
  for (const type of ['pointerdown', 'keydown'] as const)
    window.addEventListener(type, () => announcer.unlock(), { once: true });
  // What was queued and said, for the settings and end-to-end tests: numbers only.
  Object.defineProperty(window, 'accueilDisplay', {
    value: { events: () => announcer.events, status: () => display.status },
  });
} else {
  display.problem = loaded.message;
}

app.mount('#app');
