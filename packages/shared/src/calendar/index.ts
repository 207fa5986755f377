/**
 * Working-time calendar: WIB working hours, holidays and cuti bersama, deadlines from the SOP's
 * time standards, and SLA states. Pure — the clock is always an argument.
 */
export * from './types';
export { HOLIDAYS_2026 } from './holidays-2026';
export { HOLIDAYS_2027 } from './holidays-2027';
export { DEFAULT_CALENDAR, HOLIDAY_SOURCES } from './default-calendar';
export { parseIcsHolidays, type IcsHoliday, type IcsHolidays } from './ics';
export { jakartaDateString, jakartaTime } from './wib';
export {
  addWorkingMinutes,
  addWorkingTime,
  holidayOn,
  isWorkingDay,
  isWorkingInstant,
  nextWorkingInstant,
  standardInMinutes,
  workingMinutesBetween,
} from './working-time';
export { DUE_SOON_FRACTION, deadlineSla, formatWorkingDuration, slaState, stepSla } from './sla';
export type { SlaResult } from './sla';
