import '../common/hub/zod-without-eval';
import { createPinia } from 'pinia';
import { createApp } from 'vue';
import '../common/ui/theme.css';
import App from './App.vue';
import { dashboardI18n } from './i18n';
import { exposeForTests } from './logic/test-hook';
import { dashboardRouter } from './router';

const pinia = createPinia();
createApp(App).use(pinia).use(dashboardI18n.plugin).use(dashboardRouter).mount('#app');
exposeForTests(pinia);
