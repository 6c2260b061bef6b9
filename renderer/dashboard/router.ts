import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router';

// The dashboard's views, one route per line: `name` is also the navigation's message key
// (`nav.<name>`) and `meta.nav` puts it in the navigation bar. The hub serves index.html
// for any path under /dashboard/ (history routing).
// prettier-ignore
export const dashboardRoutes: RouteRecordRaw[] = [
  { path: '/', redirect: { name: 'live' } },
  { path: '/live', name: 'live', component: () => import('./views/LiveView.vue'), meta: { nav: true } },
  { path: '/counters', name: 'counters', component: () => import('./views/CountersView.vue'), meta: { nav: true } },
  { path: '/alerts', name: 'alerts', component: () => import('./views/AlertsView.vue'), meta: { nav: true } },
  { path: '/fleet', name: 'fleet', component: () => import('./views/FleetView.vue'), meta: { nav: true } },
  { path: '/actions', name: 'actions', component: () => import('./views/ActionsView.vue'), meta: { nav: true } },
  { path: '/statistics', name: 'statistics', component: () => import('./views/statistics/StatisticsView.vue'), meta: { nav: true } },
  { path: '/:rest(.*)*', redirect: { name: 'live' } },
];

export const dashboardRouter = createRouter({
  history: createWebHistory('/dashboard/'),
  routes: dashboardRoutes,
});
