// The virtual ESC/POS printer: a TCP server that decodes what it receives into text,
// HTML and PNG tickets and answers status queries (see README.md).
export { startVirtualPrinter, VirtualPrinter, type VirtualPrinterOptions } from './virtual-printer';
export { JobStore, type PrintedJob, type JobFiles } from './job-store';
export {
  printerConditionsSchema,
  conditionsPatchSchema,
  normalConditions,
  statusAnswer,
  type PrinterConditions,
  type ConditionsPatch,
} from './conditions';
export { decodeEscPos, paperFor, paper58, paper80, type DecodeOptions } from './decoder';
export { renderText } from './render-text';
export { renderHtml } from './render-html';
export { renderPng } from './render-png';
export type * from './document';
