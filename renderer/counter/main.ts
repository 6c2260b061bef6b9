import { createPinia } from 'pinia';
import { createApp } from 'vue';
import App from './App.vue';
import '../common/ui/theme.css';
import './layout.css';

createApp(App).use(createPinia()).mount('#app');
