// The staff apps' sign-in (counter console, dashboard): one session, one login form and
// one app bar, each app keeping its own words and rules (who it admits, how it sends).
export { default as StaffAppBar } from './StaffAppBar.vue';
export { default as StaffLoginForm, type StaffLoginKey } from './StaffLoginForm.vue';
export { staffHubLink } from './hub-link';
export { useStaffStream, type StaffStreamHooks, type StaffStreamSession } from './staff-stream';
export { sendStaffCommand, type StaffCommandPolicy } from './staff-commands';
export {
  useStaffSession,
  type SignedInStaff,
  type StaffSessionOptions,
  type StaffSignOutReason,
} from './staff-session';
