// Ticket and receipt printing: the TicketPrinter port, its adapters and their journal
// (see README.md). Content models and layouts live in shared/print/.
export type { TicketPrinter, PrinterLogEvent } from './ticket-printer';
export { createTicketPrinter, type PrinterDependencies } from './create-printer';
export { printerConfigSchema, type PrinterConfig, type PrinterConfigInput } from './printer-config';
export {
  PrintJournal,
  type JournalEntry,
  type JournalState,
  type JournalOptions,
} from './print-journal';
export { createRasterizer, type RasterizerOptions } from './rasterize';
