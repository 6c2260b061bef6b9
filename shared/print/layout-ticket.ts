import type { CheckInContent, TicketContent } from './content';
import type { Block, PrintDocument } from './document';
import { formatDate, formatTime } from './format-time';
import type { PrintLabels } from './labels';
import { heading, hugeSize, qrWithCaption, smallPrint } from './layout-common';
import type { Paper } from './paper';
import { sayWait, shownOrFigure } from '../engine/views/public-estimate';

// A queue ticket and an appointment check-in ticket: the number dominates, then how long
// the wait is, then the QR code to follow the queue from a phone. A check-in ticket also
// says when the appointment is, and where to go when that is known already.

export interface LayoutContext {
  paper: Paper;
  labels: PrintLabels;
  /** A reprint: marked so that two papers are never read as two tickets. */
  duplicate: boolean;
}

function numberBlocks(content: TicketContent | CheckInContent, ctx: LayoutContext): Block[] {
  const size = hugeSize(content.ticketNumber, ctx.paper);
  const blocks: Block[] = [
    { kind: 'text', text: content.serviceName, align: 'center', style: { bold: true, width: 2 } },
    { kind: 'feed', lines: 1 },
    { kind: 'text', text: ctx.labels.yourNumber, align: 'center' },
    {
      kind: 'text',
      text: content.ticketNumber,
      align: 'center',
      style: { bold: true, width: size, height: size },
    },
  ];
  if (ctx.duplicate)
    blocks.push({
      kind: 'text',
      text: ctx.labels.duplicate,
      align: 'center',
      style: { bold: true },
    });
  return blocks;
}

/** Only what the estimate can stand by: the hub's shown estimate where the kiosk sent it. */
function waitWords(content: TicketContent | CheckInContent, labels: PrintLabels): string {
  return sayWait(shownOrFigure(content.estimatedWait, content.estimatedWaitMinutes), {
    unknown: () => labels.waitUnknown,
    minutes: labels.waitMinutes,
    range: labels.waitRange,
    moreThan: labels.waitMoreThan,
  });
}

function waitBlocks(content: TicketContent | CheckInContent, labels: PrintLabels): Block[] {
  const wait = waitWords(content, labels);
  const ahead: Block =
    content.peopleAhead === 0
      ? { kind: 'text', text: labels.youAreNext, align: 'center', style: { bold: true } }
      : { kind: 'row', start: labels.peopleAhead, end: String(content.peopleAhead) };
  return [ahead, { kind: 'row', start: labels.estimatedWait, end: wait }];
}

function footer(content: TicketContent | CheckInContent, ctx: LayoutContext): Block[] {
  const { labels } = ctx;
  const when = labels.dateTime(
    formatDate(content.issuedAt, labels.locale),
    formatTime(content.issuedAt, labels.locale),
  );
  return [
    { kind: 'rule' },
    { kind: 'text', text: when, align: 'center' },
    ...qrWithCaption(content.qr, labels.scanToFollow, ctx.paper),
    { kind: 'feed', lines: 1 },
    smallPrint(labels.privacyNotice),
  ];
}

export function layoutTicket(content: TicketContent, ctx: LayoutContext): PrintDocument {
  return {
    direction: ctx.labels.direction,
    blocks: [
      ...heading(content.townName, content.siteName, ctx.paper),
      ...numberBlocks(content, ctx),
      { kind: 'rule' },
      ...waitBlocks(content, ctx.labels),
      ...footer(content, ctx),
    ],
  };
}

export function layoutCheckIn(content: CheckInContent, ctx: LayoutContext): PrintDocument {
  const { labels } = ctx;
  return {
    direction: labels.direction,
    blocks: [
      ...heading(content.townName, content.siteName, ctx.paper),
      { kind: 'text', text: labels.checkedIn, align: 'center', style: { bold: true } },
      { kind: 'feed', lines: 1 },
      ...numberBlocks(content, ctx),
      {
        kind: 'text',
        text:
          content.counter === undefined
            ? labels.youWillBeCalled
            : labels.goToCounter(content.counter),
        align: 'center',
        style: { bold: true },
      },
      { kind: 'rule' },
      {
        kind: 'row',
        start: labels.appointment,
        end: formatTime(content.appointmentAt, labels.locale),
        style: { bold: true },
      },
      ...waitBlocks(content, labels),
      ...footer(content, ctx),
    ],
  };
}
