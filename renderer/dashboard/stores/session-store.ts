import { defineStore } from 'pinia';
import { computed } from 'vue';
import { useStaffSession } from '../../common/staff-session/staff-session';

/**
 * The manager's session (the staff apps' one, `common/staff-session`). Only the manager and
 * admin roles may use the dashboard; the hub checks each route's roles again. Every command
 * goes under a fresh Idempotency-Key (every command route accepts one), so a manager's
 * action that the hub saw once is never applied twice.
 */
export const useSessionStore = defineStore('session', () => {
  const session = useStaffSession({
    commands: { keys: 'always' },
    admits: { roles: ['manager', 'admin'], otherwise: 'not-a-manager' },
  });
  const isAdmin = computed(() => session.agent.value?.role === 'admin');
  return { ...session, isAdmin };
});
