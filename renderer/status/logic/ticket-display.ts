import { shownOrFigure, type PublicWaitEstimate, type TicketView } from '../../../shared/engine';

// What the status page shows of a ticket: its number, where it stands, and nothing
// else. The hub's view also holds the ticket's id, language and priority flag; none of
// it is shown to whoever holds the phone.

export type TicketDisplay =
  | {
      kind: 'waiting';
      number: string;
      peopleAhead: number;
      /** What the page may say of the wait: the hub's shown estimate, else its figure. */
      wait: PublicWaitEstimate;
    }
  | { kind: 'called' | 'serving'; number: string; counter: string | null }
  | { kind: 'done' | 'no-show' | 'cancelled' | 'transferred'; number: string };

export function ticketDisplay(view: TicketView): TicketDisplay {
  const number = view.number;
  switch (view.state) {
    case 'waiting':
      return {
        kind: 'waiting',
        number,
        peopleAhead: view.peopleAhead ?? view.estimate?.peopleAhead ?? 0,
        wait: shownOrFigure(view.estimate?.shown, view.estimate?.minutes),
      };
    case 'called':
    case 'serving':
      return { kind: view.state, number, counter: view.counter?.label ?? null };
    default:
      return { kind: view.state, number };
  }
}

/** Nothing more will happen to the ticket: the page stops asking. */
export function isFinal(display: TicketDisplay): boolean {
  return !['waiting', 'called', 'serving'].includes(display.kind);
}
