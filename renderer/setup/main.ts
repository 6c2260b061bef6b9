import '../common/hub/zod-without-eval';
import { createPinia } from 'pinia';
import { createApp } from 'vue';
import '../common/ui/theme.css';
import App from './App.vue';
import { setupI18n } from './i18n';

createApp(App).use(createPinia()).use(setupI18n.plugin).mount('#app');
