import { createAnnouncer } from '../../common/a11y/announcer';

/** The dashboard's live regions (rendered once by App.vue): new alerts, actions done. */
export const announcer = createAnnouncer();
