/** Evidence: harassment figures for one number, for a complaint. Pure TypeScript, no browser APIs. */
export {
  harassmentFigures,
  isNightTime,
  CONTACT_KINDS,
  NIGHT_WINDOW,
  US_CALLS_IN_7_DAYS,
  CN_DAILY_CALLS,
} from './figures';
export type {
  Contact,
  ContactKind,
  FiguresOptions,
  DayCount,
  NightFigures,
  SevenInSeven,
  DailyCallsDay,
  CNFigures,
  USFigures,
  CNFiguresData,
  USFiguresData,
  HarassmentFigures,
  HarassmentFiguresData,
  WithStatements,
} from './figures';
export { figureStatements, FIGURE_CITATIONS } from './statements';
export type { FigureStatement, StatementId } from './statements';
export { resolveZone, localTime, dayString, offsetLabel } from './zone';
export type { ZoneOptions, LocalClock, LocalTime } from './zone';
