import { createAnnouncer } from '../../common/a11y/announcer';

/** The console's live regions (rendered once by App.vue): what changes without moving focus. */
export const announcer = createAnnouncer();
