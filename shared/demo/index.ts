export { demoSiteConfig, demoSiteConfigInput } from './demo-site';
export { demoAppointments } from './demo-appointments';
export type { DemoAppointmentOptions } from './demo-appointments';
export { seededRandom } from './seeded-random';
export { demoReceiptTemplates } from './demo-receipts';
export { demoBrand } from './demo-brand';
