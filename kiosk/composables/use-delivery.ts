import { useConfigStore } from '../stores/config-store';
import { useDevicesStore } from '../stores/devices-store';
import { useHubStore } from '../stores/hub-store';
import { useSessionStore } from '../stores/session-store';
import { useTicketStore } from '../stores/ticket-store';
import { ticketContent } from '../../shared/print/ticket-content';
import { printJobId } from '../logic/print-job';

/**
 * Handing the ticket over: printed (the default) through the DeviceBridge, in the
 * visitor's language, at most once per ticket (a check-in ticket for an appointment); or
 * paperless, the number and QR code on screen to photograph. Either QR code opens the
 * ticket's status page on a phone. A print that fails leaves the paperless ticket on screen.
 */
export function useDelivery() {
  const tickets = useTicketStore();
  const devices = useDevicesStore();
  const hub = useHubStore();
  const session = useSessionStore();
  const config = useConfigStore();

  async function print(): Promise<void> {
    const ticket = tickets.ticket;
    if (!ticket || tickets.delivery === 'printing' || tickets.delivery === 'printed') return;
    const service = hub.services.find((s) => s.code === ticket.service);
    const siteName = hub.view?.siteName ?? '';
    tickets.delivery = 'printing';
    const result = await devices.printTicket({
      jobId: printJobId(ticket.ticketId),
      content: ticketContent({
        townName: config.config?.townName ?? hub.view?.townName ?? siteName,
        siteName,
        language: session.language,
        serviceNames: service?.names,
        serviceCode: ticket.service,
        number: ticket.number,
        issuedAt: ticket.issuedAt,
        timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
        peopleAhead: ticket.peopleAhead ?? 0,
        estimatedWaitMinutes: ticket.estimateMinutes,
        ...(ticket.estimate ? { estimatedWait: ticket.estimate } : {}),
        qr: config.ticketQr(ticket.token),
        ...(ticket.kind === 'check-in' && ticket.appointmentStart !== undefined
          ? { appointmentStart: ticket.appointmentStart }
          : {}),
      }),
    });
    if (tickets.ticket !== ticket) return;
    if (result.ok) {
      tickets.delivery = 'printed';
      return void hub.recordDelivery(ticket.ticketId, 'printed');
    }
    if (result.error.code === 'timeout' || result.error.details?.mayHavePrinted) {
      // Perhaps on paper: counted as printed, the screen still shows the paperless ticket.
      tickets.delivery = 'may-have-printed';
      return void hub.recordDelivery(ticket.ticketId, 'printed');
    }
    tickets.delivery = 'print-failed';
    void hub.recordDelivery(ticket.ticketId, 'paperless');
    // Staff hear of it now, not at the next status report (the hub keeps one alert per
    // kiosk and kind, and closes it when the printer reports ready again).
    void hub.raiseAlert('printer-unavailable', `print failed: ${result.error.code}`);
  }

  /** The visitor chose paperless, or the printer cannot print: the ticket stays on screen. */
  function paperless() {
    const ticket = tickets.ticket;
    if (!ticket || tickets.delivery === 'printing' || tickets.delivery === 'printed') return;
    if (tickets.delivery === 'paperless') return;
    tickets.delivery = 'paperless';
    void hub.recordDelivery(ticket.ticketId, 'paperless');
  }

  return { print, paperless };
}
