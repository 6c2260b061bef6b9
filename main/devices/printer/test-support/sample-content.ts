// Kept where other areas' tests first imported it; the content now lives beside the code.
export { sampleCheckIn, sampleReceipt, sampleTicket } from '../sample-content';
