/** One print job per ticket: printing the same ticket again is answered `already-printed`. */
export function printJobId(ticketId: string): string {
  return `kiosk-${ticketId.replace(/[^A-Za-z0-9_-]/g, '-')}`.slice(0, 64);
}
