import { parseScanPayload, type ScanParseOptions } from '../../shared/scan/parse-scan';
import type { ScanPayload, ScanRejectReason } from '../../shared/scan/payload';
import { checkInOutcome, scanRejectionMessage } from '../logic/check-in-outcome';
import { formatDay, formatTime } from '../logic/format';
import { useCheckInStore } from '../stores/check-in-store';
import { useHubStore } from '../stores/hub-store';
import { useNavigationStore } from '../stores/navigation-store';
import { useSessionStore } from '../stores/session-store';
import { useTicketStore } from '../stores/ticket-store';

type AppointmentReference = Exclude<ScanPayload, { kind: 'ticket-status' }>;

function referenceOf(payload: AppointmentReference): string {
  switch (payload.kind) {
    case 'appointment-token':
      return payload.token;
    case 'ants-pre-demande':
      return payload.number;
    case 'booking-code':
      return payload.code;
  }
}

/**
 * Appointment check-in from any source: a serial scan (already parsed by the device
 * host), a keyboard-wedge scan or the code typed on screen (parsed here with the same
 * whitelist). A good reference is checked in at the hub; the visitor then sees their
 * ticket, or why not and what to do next.
 */
export function useCheckIn(options: ScanParseOptions = {}) {
  const store = useCheckInStore();
  const tickets = useTicketStore();
  const hub = useHubStore();
  const session = useSessionStore();
  const navigation = useNavigationStore();

  function showOnCheckIn() {
    if (navigation.screen.name !== 'check-in') navigation.go({ name: 'check-in' });
  }

  function rejected(reason: ScanRejectReason) {
    store.problem = scanRejectionMessage(reason);
    showOnCheckIn();
  }

  async function submit(payload: ScanPayload) {
    if (store.searching) return;
    // A ticket's own QR code names a visit, not an appointment: its visitor came to say
    // how it went (the survey screen takes the ticket from here).
    if (payload.kind === 'ticket-status')
      return navigation.go({ name: 'survey', token: payload.token });
    showOnCheckIn();
    store.problem = null;
    store.searching = true;
    const siteLanguages = hub.view?.languages ?? [];
    const language = siteLanguages.includes(session.language)
      ? session.language
      : (siteLanguages[0] ?? 'fr');
    const result = await tickets.checkIn({ reference: referenceOf(payload), language });
    store.searching = false;
    store.code = '';
    if (result.ok) return navigation.replace({ name: 'ticket' });
    if ('abandoned' in result) return;
    const { failure } = result;
    const code = failure.kind === 'refused' ? failure.code : 'unavailable';
    const details = failure.kind === 'refused' ? failure.details : undefined;
    store.outcome = checkInOutcome(code, details, {
      time: (ms) => formatTime(ms, session.language),
      date: (iso) => formatDay(iso, session.language),
    });
    navigation.replace({ name: 'check-in-outcome' });
  }

  /** A line from a scanner (serial or wedge) or the typed code. */
  function fromText(text: string, typed: boolean) {
    const parsed = parseScanPayload(text, options);
    if (parsed.ok) return submit(parsed.payload);
    if (typed) {
      store.problem = 'checkin.badFormat';
      return;
    }
    rejected(parsed.reason);
  }

  return {
    submit,
    rejected,
    submitTyped: () => fromText(store.code, true),
    submitScanned: (text: string) => fromText(text, false),
  };
}
