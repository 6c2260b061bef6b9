import { createApp } from 'vue';
import '../common/ui/theme.css';
import './status.css';
import StatusApp from './StatusApp.vue';

// A phone asking for more contrast gets the UI kit's high-contrast theme.
if (window.matchMedia('(prefers-contrast: more)').matches)
  document.documentElement.classList.add('ui-high-contrast');

createApp(StatusApp).mount('#app');
