import type { TSlaState } from '@sigap/shared';
import { useTranslation } from '@/lib/i18n';
import { useNow } from '@/lib/use-now';
import { useLang } from '../hooks/use-lang';
import { useWorkCalendar } from '../hooks/use-work-calendar';
import { formatDuration } from '../utils/format';
import { liveSla } from '../utils/sla';
import { PauseIcon, SlaIcon } from './icons';

/** The SLA state in colour, icon and words. */
export function SlaBadge({ state }: { state: TSlaState }) {
  const { t } = useTranslation('staf');
  return (
    <span className={`st-sla-badge st-sla-badge--${state}`} data-testid="sla-state" data-sla-state={state}>
      <SlaIcon state={state} />
      {t(`sla.state.${state}`)}
    </span>
  );
}

/**
 * The live countdown of a step: state, working time left (or late, or elapsed where the step has
 * no standard), and "outside working hours — clock stopped" when it is. Recomputed every minute in
 * the browser (useNow + the calendar in force, GET /api/v1/calendar). Not a live region: a per-minute announcement would
 * drown a screen-reader user.
 */
export function SlaClock({ enteredAt, deadlineAt }: { enteredAt: string; deadlineAt: string | null }) {
  const { t } = useTranslation('staf');
  const lang = useLang();
  const now = useNow();
  const calendar = useWorkCalendar();
  const sla = liveSla({ enteredAt, deadlineAt }, now, calendar);
  const text =
    sla.state === 'NONE' || sla.remaining === null
      ? t('sla.elapsed', { duration: formatDuration(sla.elapsed, lang) })
      : sla.state === 'OVERDUE'
        ? t('sla.overdueBy', { duration: formatDuration(sla.remaining, lang) })
        : t('sla.remaining', { duration: formatDuration(sla.remaining, lang) });
  return (
    <span className="st-sla-clock" data-testid="sla-clock" data-sla-state={sla.state} data-paused={sla.paused ? 'true' : 'false'}>
      <SlaBadge state={sla.state} />
      <span className="st-sla-clock__remaining" data-testid="sla-remaining">
        {text}
      </span>
      {sla.paused ? (
        <span className="st-sla-clock__paused" data-testid="sla-paused">
          <PauseIcon />
          {t('sla.paused')}
        </span>
      ) : null}
    </span>
  );
}
