import { useTranslation } from '@/lib/i18n';
import { SLA_STATES, type TSlaState } from '@sigap/shared';
import { SlaIcon } from '@/features/staff-ui/components/icons';

/**
 * How many cases of the inbox are in each SLA state (the API's `counts`, over the whole inbox
 * before the SLA filter). Each figure is also a toggle for that filter.
 */
export function InboxCounts({
  counts,
  selected,
  onSelect,
}: {
  counts: Record<TSlaState, number>;
  selected: string | undefined;
  onSelect: (state: TSlaState | undefined) => void;
}) {
  const { t } = useTranslation('staf');
  return (
    <ul className="st-inbox-counts" aria-label={t('inbox.countsLabel')} data-testid="inbox-counts">
      {SLA_STATES.map((s) => (
        <li key={s}>
          <button
            type="button"
            className={`st-inbox-count st-inbox-count--${s}`}
            aria-pressed={selected === s}
            onClick={() => onSelect(selected === s ? undefined : s)}
            data-testid={`inbox-count-${s}`}
          >
            <span className="st-inbox-count__number">{counts[s]}</span>
            <span className="st-inbox-count__label">
              <SlaIcon state={s} />
              {t(`sla.state.${s}`)}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
