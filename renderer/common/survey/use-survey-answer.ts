import { computed, ref } from 'vue';
import type { SurveyFormWords } from './SurveyForm.vue';
import { fixableRefusals, sendSurveyAnswer, type SurveyRefusal } from './survey-outcome';

/** The catalog keys a survey's words come from (each app's catalog has them all). */
export type SurveyWordKey =
  | 'survey.question'
  | 'survey.rating1'
  | 'survey.rating2'
  | 'survey.rating3'
  | 'survey.rating4'
  | 'survey.rating5'
  | 'survey.comment'
  | 'survey.commentHint'
  | 'survey.send'
  | `survey.refused.${SurveyRefusal}`;

type SurveyBody = { token: string; rating: number; comment?: string };

/**
 * One visitor's survey answer, wherever it is asked (kiosk, phone): the form's words in the
 * visitor's language (`t`, the app's translator), sending it through the app's hub client
 * (`post`), then thanks or the refusal's words. A refusal the visitor cannot fix is `final`
 * (the form closes).
 */
export function useSurveyAnswer(
  t: (key: SurveyWordKey) => string,
  post: (body: SurveyBody) => Promise<unknown>,
) {
  const busy = ref(false);
  const thanks = ref(false);
  const refusal = ref<SurveyRefusal | null>(null);
  const final = computed(() => refusal.value !== null && !fixableRefusals.has(refusal.value));
  const refusalText = computed(() => (refusal.value ? t(`survey.refused.${refusal.value}`) : ''));

  const words = computed<SurveyFormWords>(() => ({
    question: t('survey.question'),
    ratings: [
      t('survey.rating1'),
      t('survey.rating2'),
      t('survey.rating3'),
      t('survey.rating4'),
      t('survey.rating5'),
    ] as const,
    comment: t('survey.comment'),
    commentHint: t('survey.commentHint'),
    send: t('survey.send'),
  }));

  async function send(token: string, answer: { rating: number; comment: string }) {
    busy.value = true;
    const outcome = await sendSurveyAnswer(post, { token, ...answer });
    busy.value = false;
    thanks.value = outcome.kind === 'thanks';
    refusal.value = outcome.kind === 'refused' ? outcome.reason : null;
  }

  /** Ready for the next visitor's answer. */
  function reset() {
    thanks.value = false;
    refusal.value = null;
  }

  return { busy, thanks, refusal, final, refusalText, words, send, reset };
}
