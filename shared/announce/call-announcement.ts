import { announcementTexts, type CallToAnnounce } from './announcement';
import type { QueuedAnnouncement } from './announcement-queue';
import type { SpokenLanguageCode } from './spoken-languages';

/** A call as the public board lists it. */
export interface BoardCall extends CallToAnnounce {
  ticketId: string;
  counterId: string;
  at: number;
}

/** One key per call: a recall is called at another time, so it is a call of its own. */
export function callKey(call: Pick<BoardCall, 'ticketId' | 'at' | 'recall'>): string {
  return `${call.ticketId}@${call.at}${call.recall ? ':recall' : ''}`;
}

/** The chime, then the call said in each language. */
export function callAnnouncement(
  call: BoardCall,
  languages: readonly SpokenLanguageCode[],
  options: { chime?: boolean } = {},
): QueuedAnnouncement {
  return {
    key: callKey(call),
    ticketId: call.ticketId,
    recall: call.recall,
    steps: [
      ...(options.chime === false ? [] : [{ kind: 'chime' as const }]),
      ...announcementTexts(call, languages).map((a) => ({
        kind: 'voice' as const,
        language: a.language,
        text: a.speech,
      })),
    ],
  };
}
