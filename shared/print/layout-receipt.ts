import type { ReceiptContent } from './content';
import type { Block, PrintDocument } from './document';
import { code128Modules } from './escpos';
import { formatDate, formatTime } from './format-time';
import { heading, qrWithCaption, smallPrint } from './layout-common';
import type { LayoutContext } from './layout-ticket';

// A récépissé handed over at a counter: what the visitor left or did, the reference to
// quote later, and what happens next. It names the counter, never the agent.

export function layoutReceipt(content: ReceiptContent, ctx: LayoutContext): PrintDocument {
  const { labels } = ctx;
  const title = labels.receiptTitle.toLocaleUpperCase(labels.locale);
  const blocks: Block[] = [
    ...heading(content.townName, content.siteName, ctx.paper),
    { kind: 'text', text: title, align: 'center', style: { bold: true, width: 2, height: 2 } },
    { kind: 'text', text: content.serviceName, align: 'center' },
  ];
  if (ctx.duplicate)
    blocks.push({ kind: 'text', text: labels.duplicate, align: 'center', style: { bold: true } });
  blocks.push(
    { kind: 'rule' },
    { kind: 'row', start: labels.reference, end: content.reference, style: { bold: true } },
    { kind: 'row', start: labels.counter, end: content.counter },
    {
      kind: 'row',
      start: labels.date,
      end: labels.dateTime(
        formatDate(content.issuedAt, labels.locale, { weekday: false }),
        formatTime(content.issuedAt, labels.locale),
      ),
    },
    { kind: 'rule' },
    { kind: 'text', text: labels.subject, align: 'start', style: { bold: true } },
    { kind: 'text', text: content.subject, align: 'start' },
    { kind: 'feed', lines: 1 },
    { kind: 'text', text: labels.depositedOrDone, align: 'start', style: { bold: true } },
    ...content.items.map((item): Block => ({
      kind: 'text',
      text: item,
      align: 'start',
      prefix: '- ',
    })),
  );
  if (content.nextSteps.length > 0)
    blocks.push(
      { kind: 'feed', lines: 1 },
      { kind: 'text', text: labels.nextSteps, align: 'start', style: { bold: true } },
      ...content.nextSteps.map((step, i): Block => ({
        kind: 'text',
        text: step,
        align: 'start',
        prefix: `${i + 1}. `,
      })),
    );
  blocks.push({ kind: 'rule' });
  // A barcode wider than the paper would not print at all; the reference is in text anyway.
  const moduleWidth = Math.min(3, Math.floor(ctx.paper.dots / code128Modules(content.reference)));
  if (content.referenceBarcode && moduleWidth >= 2)
    blocks.push(
      { kind: 'space', dots: 12 },
      { kind: 'barcode', data: content.reference, moduleWidth },
    );
  if (content.qr) blocks.push(...qrWithCaption(content.qr, labels.scanToFollowFile, ctx.paper));
  blocks.push({ kind: 'feed', lines: 1 }, smallPrint(labels.keepReceipt));
  return { direction: labels.direction, blocks };
}
