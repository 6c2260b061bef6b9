import type { ComplaintChannel } from './complaint-draft';

/** The catalog keys the complaint form speaks with: every app that shows it has them all. */
export type ComplaintFormKey =
  | `complaint.channel.${ComplaintChannel}`
  | 'complaint.form.privacy'
  | 'complaint.form.channel'
  | 'complaint.form.choose'
  | 'complaint.form.service'
  | 'complaint.form.serviceNone'
  | 'complaint.form.category'
  | 'complaint.form.reference'
  | 'complaint.form.referenceHint'
  | 'complaint.form.answerDays'
  | 'complaint.form.answerDaysHint'
  | 'complaint.form.deadline'
  | 'complaint.form.deadlineUnknown'
  | 'complaint.form.refused'
  | 'complaint.form.submit'
  | 'complaint.form.recorded'
  | 'complaint.form.another';
