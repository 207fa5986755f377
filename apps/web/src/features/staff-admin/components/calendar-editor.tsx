import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { HOLIDAY_KINDS, parseIcsHolidays, type DayOfWeek, type HolidayKind, type WorkCalendar } from '@sigap/shared';
import { useTranslation } from '@/lib/i18n';
import { SessionExpiredError } from '@/lib/staff-api';
import { useNow } from '@/lib/use-now';
import { useLang } from '@/features/staff-ui/hooks/use-lang';
import { formatWib } from '@/features/staff-ui/utils/format';
import { useCalendarSetting, useSaveCalendar } from '../api/calendar';
import {
  addHoliday,
  DEFAULT_HOURS,
  formatWibLong,
  holidaysOfYear,
  importPreview,
  mergeImport,
  previewEnds,
  removeHoliday,
  setDayHours,
  WEEK,
  yearsOf,
  type ImportRow,
} from '../lib/calendar-draft';
import { formErrorsOf } from '../lib/problem';
import { FormAlert } from './form-alert';
import '../staff-admin.css';

/** The calendar in force, loaded once into the editor's draft. */
export function CalendarEditor() {
  const { t } = useTranslation('staf');
  const setting = useCalendarSetting();
  if (setting.isPending) {
    return (
      <p role="status" className="st-inbox__status">
        {t('common.loading')}
      </p>
    );
  }
  if (setting.isError) {
    return (
      <div className="notice notice--warning" role="alert">
        <p>{t('adminCalendar.loadError')}</p>
        <button type="button" className="button button--secondary st-button--small" onClick={() => void setting.refetch()}>
          {t('common.retry')}
        </button>
      </div>
    );
  }
  return <Editor initial={setting.data.calendar} updatedAt={setting.data.updatedAt} updatedBy={setting.data.updatedBy?.name ?? null} />;
}

/**
 * Opening hours per weekday, days off per year, an iCal import with its preview, and when a 1-hour
 * and a 3-day step started now would end on the draft; saved with a reason (audited). Deadlines
 * already running keep their instant; steps entered afterwards count on the new calendar.
 */
function Editor({ initial, updatedAt, updatedBy }: { initial: WorkCalendar; updatedAt: string | null; updatedBy: string | null }) {
  const { t } = useTranslation('staf');
  const lang = useLang();
  const now = useNow();
  const [draft, setDraft] = useState<WorkCalendar>(initial);
  const [year, setYear] = useState(() => Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta', year: 'numeric' }).format(new Date())));
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [loose, setLoose] = useState<string[]>([]);
  const [saved, setSaved] = useState(false);
  const save = useSaveCalendar();
  const savedRef = useRef<HTMLParagraphElement>(null);
  const ids = { hours: useId(), holidays: useId(), ics: useId(), preview: useId(), save: useId() };
  const ends = useMemo(() => previewEnds(draft, now), [draft, now]);
  const changed = JSON.stringify(draft) !== JSON.stringify(initial);

  useEffect(() => {
    if (saved) savedRef.current?.focus();
  }, [saved]);

  const edit = (next: WorkCalendar) => {
    setSaved(false);
    setDraft(next);
  };

  async function submit() {
    setLoose([]);
    setErrors({});
    setSaved(false);
    if (!reason.trim()) {
      setErrors({ reason: t('adminCalendar.reasonRequired') });
      document.getElementById(`${ids.save}-reason`)?.focus();
      return;
    }
    try {
      await save.mutateAsync({ calendar: draft, reason: reason.trim() });
      setReason('');
      setSaved(true);
    } catch (err) {
      if (err instanceof SessionExpiredError) return;
      // Field paths are the calendar's (`calendar.workingHours.1.end`, `calendar.holidays.3.date`):
      // shown in one list above the button, each with the day or date it is about.
      const split = formErrorsOf(err, ['reason'] as const, lang, t('adminCalendar.failed'));
      if (split.fields.reason) setErrors({ reason: split.fields.reason });
      setLoose(split.loose);
    }
  }

  const years = yearsOf(draft, now);
  const ofYear = holidaysOfYear(draft, year);

  return (
    <div className="st-admin" data-testid="calendar-editor">
      <p className="st-admin-muted" data-testid="calendar-updated">
        {updatedAt ? t('adminCalendar.updatedBy', { name: updatedBy ?? '—', at: formatWib(updatedAt, lang) }) : t('adminCalendar.default')}
      </p>

      <section className="st-admin-section" aria-labelledby={ids.preview} data-testid="calendar-preview">
        <h2 id={ids.preview}>{t('adminCalendar.previewHeading')}</h2>
        {ends ? (
          <ul className="bullets" aria-live="polite">
            <li data-testid="calendar-preview-1h">{t('adminCalendar.preview1h', { at: formatWibLong(ends[0]!, lang) })}</li>
            <li data-testid="calendar-preview-3d">{t('adminCalendar.preview3d', { at: formatWibLong(ends[1]!, lang) })}</li>
          </ul>
        ) : (
          <p className="notice notice--warning" data-testid="calendar-preview-invalid">
            {t('adminCalendar.previewInvalid')}
          </p>
        )}
        <p className="st-admin-muted">{t('adminCalendar.previewNote')}</p>
      </section>

      <section className="st-admin-section" aria-labelledby={ids.hours}>
        <h2 id={ids.hours}>{t('adminCalendar.hoursHeading')}</h2>
        <ul className="st-cal-week" data-testid="calendar-week">
          {WEEK.map((d) => (
            <DayRow key={d} day={d} hours={draft.workingHours[d]} onChange={(h) => edit(setDayHours(draft, d, h))} />
          ))}
        </ul>
      </section>

      <section className="st-admin-section" aria-labelledby={ids.holidays}>
        <h2 id={ids.holidays}>{t('adminCalendar.holidaysHeading')}</h2>
        <div className="field">
          <label htmlFor={`${ids.holidays}-year`}>{t('adminCalendar.year')}</label>
          <select id={`${ids.holidays}-year`} className="input st-admin-years" value={year} onChange={(e) => setYear(Number(e.target.value))} data-testid="calendar-year">
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
        {ofYear.length ? (
          <div className="st-table-wrap" tabIndex={0} role="region" aria-label={t('adminCalendar.holidaysOf', { year })}>
            <table className="st-table" data-testid="holiday-table">
              <caption className="sr-only">{t('adminCalendar.holidaysOf', { year })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('adminCalendar.date')}</th>
                  <th scope="col">{t('adminCalendar.name')}</th>
                  <th scope="col">{t('adminCalendar.kind')}</th>
                  <th scope="col">{t('adminCalendar.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {ofYear.map((h) => (
                  <tr key={h.date} data-testid="holiday-row" data-date={h.date}>
                    <th scope="row" className="st-admin-table__row-head">
                      {h.date}
                    </th>
                    <td>{h.name}</td>
                    <td>{t(`adminCalendar.kinds.${h.kind}`)}</td>
                    <td>
                      <button
                        type="button"
                        className="button button--secondary st-button--small"
                        aria-label={t('adminCalendar.removeNamed', { name: h.name, date: h.date })}
                        onClick={() => edit(removeHoliday(draft, h.date))}
                        data-testid="holiday-remove"
                      >
                        {t('adminCalendar.remove')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p className="st-admin-muted">{t('adminCalendar.noHolidays', { year })}</p>
        )}
        <AddHoliday onAdd={(h) => edit(addHoliday(draft, h))} />
      </section>

      <section className="st-admin-section" aria-labelledby={ids.ics}>
        <h2 id={ids.ics}>{t('adminCalendar.icsHeading')}</h2>
        <IcsImport draft={draft} onMerge={(next) => edit(next)} />
      </section>

      <section className="st-admin-section" aria-labelledby={ids.save}>
        <h2 id={ids.save}>{t('adminCalendar.saveHeading')}</h2>
        <div className="field">
          <label htmlFor={`${ids.save}-reason`}>{t('adminCalendar.reason')}</label>
          <p id={`${ids.save}-reason-hint`} className="field__hint">
            {t('adminCalendar.reasonHint')}
          </p>
          <textarea
            id={`${ids.save}-reason`}
            className="input st-input--wide"
            rows={3}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            aria-invalid={!!errors.reason}
            aria-describedby={`${ids.save}-reason-hint${errors.reason ? ` ${ids.save}-reason-error` : ''}`}
          />
          {errors.reason ? (
            <p id={`${ids.save}-reason-error`} className="field__error" data-testid="field-error">
              {errors.reason}
            </p>
          ) : null}
        </div>
        <FormAlert messages={loose} />
        {saved ? (
          <p ref={savedRef} tabIndex={-1} className="notice notice--success" role="status" data-testid="calendar-saved">
            {t('adminCalendar.saved')}
          </p>
        ) : null}
        <p className="actions">
          <button type="button" className="button" disabled={save.isPending} onClick={() => void submit()} data-testid="calendar-save">
            {save.isPending ? t('actions.sending') : t('adminCalendar.save')}
          </button>
          {changed ? (
            <button type="button" className="button button--secondary" onClick={() => edit(initial)} data-testid="calendar-discard">
              {t('adminCalendar.discard')}
            </button>
          ) : null}
        </p>
      </section>
    </div>
  );
}

function DayRow({ day, hours, onChange }: { day: DayOfWeek; hours: { start: string; end: string } | null; onChange: (h: { start: string; end: string } | null) => void }) {
  const { t } = useTranslation('staf');
  const id = useId();
  const name = t(`adminCalendar.days.${day}`);
  return (
    <li className="st-cal-day" data-testid="calendar-day" data-day={day}>
      <div className="st-checkbox">
        <input id={`${id}-open`} type="checkbox" checked={hours !== null} onChange={(e) => onChange(e.target.checked ? DEFAULT_HOURS : null)} />
        <label htmlFor={`${id}-open`}>{t('adminCalendar.openOn', { day: name })}</label>
      </div>
      {hours ? (
        <span className="st-cal-hours">
          <label htmlFor={`${id}-start`} className="sr-only">
            {t('adminCalendar.startOf', { day: name })}
          </label>
          <input id={`${id}-start`} type="time" className="input" value={hours.start} onChange={(e) => onChange({ ...hours, start: e.target.value })} />
          <span aria-hidden="true">–</span>
          <label htmlFor={`${id}-end`} className="sr-only">
            {t('adminCalendar.endOf', { day: name })}
          </label>
          <input id={`${id}-end`} type="time" className="input" value={hours.end} onChange={(e) => onChange({ ...hours, end: e.target.value })} />
        </span>
      ) : (
        <span className="st-admin-muted">{t('adminCalendar.closed')}</span>
      )}
    </li>
  );
}

function AddHoliday({ onAdd }: { onAdd: (h: { date: string; name: string; kind: HolidayKind }) => void }) {
  const { t } = useTranslation('staf');
  const id = useId();
  const [date, setDate] = useState('');
  const [name, setName] = useState('');
  const [kind, setKind] = useState<HolidayKind>('LIBUR_NASIONAL');
  const [error, setError] = useState<string | null>(null);
  return (
    <fieldset className="st-fieldset" data-testid="holiday-add">
      <legend>{t('adminCalendar.addHeading')}</legend>
      <div className="field">
        <label htmlFor={`${id}-date`}>{t('adminCalendar.date')}</label>
        <input id={`${id}-date`} type="date" className="input" value={date} onChange={(e) => setDate(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('adminCalendar.name')}</label>
        <input id={`${id}-name`} type="text" className="input st-input--wide" value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" />
      </div>
      <div className="field">
        <label htmlFor={`${id}-kind`}>{t('adminCalendar.kind')}</label>
        <select id={`${id}-kind`} className="input" value={kind} onChange={(e) => setKind(e.target.value as HolidayKind)}>
          {HOLIDAY_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`adminCalendar.kinds.${k}`)}
            </option>
          ))}
        </select>
      </div>
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
      <button
        type="button"
        className="button button--secondary"
        onClick={() => {
          if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !name.trim()) {
            setError(t('adminCalendar.addIncomplete'));
            return;
          }
          setError(null);
          onAdd({ date, name, kind });
          setDate('');
          setName('');
        }}
        data-testid="holiday-add-submit"
      >
        {t('adminCalendar.add')}
      </button>
    </fieldset>
  );
}

function IcsImport({ draft, onMerge }: { draft: WorkCalendar; onMerge: (next: WorkCalendar) => void }) {
  const { t } = useTranslation('staf');
  const id = useId();
  const [rows, setRows] = useState<ImportRow[] | null>(null);
  const [skipped, setSkipped] = useState(0);
  const [kind, setKind] = useState<HolidayKind>('LIBUR_NASIONAL');
  const [message, setMessage] = useState<string | null>(null);
  const fresh = rows?.filter((r) => !r.exists).length ?? 0;

  async function read(file: File | undefined) {
    setMessage(null);
    if (!file) return setRows(null);
    const parsed = parseIcsHolidays(await file.text());
    setSkipped(parsed.skipped);
    setRows(importPreview(draft, parsed.holidays));
    if (parsed.holidays.length === 0) setMessage(t('adminCalendar.icsEmpty'));
  }

  return (
    <div data-testid="ics-import">
      <p className="st-admin-muted">{t('adminCalendar.icsHelp')}</p>
      <div className="field">
        <label htmlFor={`${id}-file`}>{t('adminCalendar.icsFile')}</label>
        <input id={`${id}-file`} type="file" accept=".ics,text/calendar" className="input" onChange={(e) => void read(e.target.files?.[0])} data-testid="ics-file" />
      </div>
      {message ? (
        <p className="notice" role="status" data-testid="ics-status">
          {message}
        </p>
      ) : null}
      {rows && rows.length ? (
        <>
          <p role="status" data-testid="ics-summary">
            {t('adminCalendar.icsSummary', { count: rows.length, fresh, skipped })}
          </p>
          <div className="st-table-wrap" tabIndex={0} role="region" aria-label={t('adminCalendar.icsPreview')}>
            <table className="st-table" data-testid="ics-preview">
              <caption className="sr-only">{t('adminCalendar.icsPreview')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('adminCalendar.date')}</th>
                  <th scope="col">{t('adminCalendar.name')}</th>
                  <th scope="col">{t('adminCalendar.icsState')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.date} data-testid="ics-row" data-date={r.date} data-new={r.exists ? 'false' : 'true'}>
                    <th scope="row" className="st-admin-table__row-head">
                      {r.date}
                    </th>
                    <td>{r.name}</td>
                    <td>{r.exists ? t('adminCalendar.icsExists') : t('adminCalendar.icsNew')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {fresh > 0 ? (
            <>
              <div className="field">
                <label htmlFor={`${id}-kind`}>{t('adminCalendar.icsKind')}</label>
                <select id={`${id}-kind`} className="input" value={kind} onChange={(e) => setKind(e.target.value as HolidayKind)}>
                  {HOLIDAY_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {t(`adminCalendar.kinds.${k}`)}
                    </option>
                  ))}
                </select>
              </div>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  onMerge(mergeImport(draft, rows, kind));
                  setRows(null);
                  setMessage(t('adminCalendar.icsMerged', { count: fresh }));
                }}
                data-testid="ics-merge"
              >
                {t('adminCalendar.icsAdd', { count: fresh })}
              </button>
            </>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
