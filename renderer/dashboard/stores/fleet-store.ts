import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import type { DomainEvent } from '../../../shared/engine';
import { refusalOf, type Refusal } from '../../common/hub/refusal';
import { fleetRows, type EnrolledDevice } from '../logic/fleet-rows';
import { useLiveStore } from './live-store';
import { useSessionStore } from './session-store';

/** Events after which the enrolled devices' last contact may have moved. */
const deviceEvents = new Set<DomainEvent['type']>([
  'devices:reported',
  'alert:raised',
  'alert:resolved',
]);

/**
 * The fleet: the devices in service (the hub's fleet list, managers and admins; read when the dashboard
 * opens and again after each device event on the stream, never on a timer) joined with
 * the statuses the stream carries.
 */
export const useFleetStore = defineStore('fleet', () => {
  const session = useSessionStore();
  const live = useLiveStore();
  const enrolled = shallowRef<EnrolledDevice[]>([]);
  const problem = ref<Refusal | null>(null);
  let loading: Promise<void> | null = null;
  let again = false;

  const rows = computed(() => (live.state ? fleetRows(live.state, enrolled.value) : []));

  async function load(): Promise<void> {
    if (loading) {
      again = true;
      return loading;
    }
    loading = (async () => {
      try {
        enrolled.value = (await session.guarded((hub) => hub.fleet())).devices;
        problem.value = null;
      } catch (error) {
        problem.value = refusalOf(error);
      } finally {
        loading = null;
      }
      if (again) {
        again = false;
        await load();
      }
    })();
    return loading;
  }

  live.onEvents((events) => {
    if (events.some((event) => deviceEvents.has(event.type))) void load();
  });

  /** Revokes a device's token (admins): it must enrol again to work. */
  async function revoke(deviceId: string): Promise<Refusal | null> {
    try {
      await session.guarded((hub) => hub.revokeDevice(deviceId));
      await load();
      return null;
    } catch (error) {
      return refusalOf(error);
    }
  }

  return { enrolled, rows, problem, load, revoke };
});
