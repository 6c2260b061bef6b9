import '../common/hub/zod-without-eval';
import { createApp } from 'vue';
import '../common/ui/theme.css';
import './status.css';
import StatusApp from './StatusApp.vue';
import { statusI18n } from './i18n/status-i18n';

// A phone asking for more contrast gets the UI kit's high-contrast theme.
if (window.matchMedia('(prefers-contrast: more)').matches)
  document.documentElement.classList.add('ui-high-contrast');

createApp(StatusApp).use(statusI18n.plugin).mount('#app');
