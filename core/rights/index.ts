/** Rights reminders: what a collector may not do, and where to complain. Pure TypeScript, no browser APIs. */
export { ALL_REMINDERS, RIGHTS_CONTENT_CHECKED, reminderById } from './reminders';
export {
  selectReminders,
  reminderText,
  reminderInForce,
  remindersInForce,
  citationsAt,
  isInForce,
  isRestrictedHour,
  legalDay,
  CLAIM_WEIGHT,
  VERDICT_SCORE,
  NIGHT_SCORE,
} from './select';
export type { SelectInput } from './select';
export { cardReminder, citationLabel } from './card';
export { RIGHTS_LOCALES } from './types';
export type {
  Reminder,
  Citation,
  CitationStatus,
  ReminderWhen,
  Jurisdiction,
  RightsLocale,
  ReminderCategory,
  LocalizedText,
} from './types';
