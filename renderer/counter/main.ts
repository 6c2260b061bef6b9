import '../common/hub/zod-without-eval';
import { createPinia } from 'pinia';
import { createApp } from 'vue';
import App from './App.vue';
import { counterI18n } from './i18n';
import '../common/ui/theme.css';
import './layout.css';

createApp(App).use(createPinia()).use(counterI18n.plugin).mount('#app');
