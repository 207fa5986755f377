import { useId } from 'react';
import { useTranslation } from '@/lib/i18n';
import { Link } from 'react-router-dom';
import { paths } from '@/config/paths';
import { useLang } from '@/features/staff-ui/hooks/use-lang';
import { formatWib, stepLabel } from '@/features/staff-ui/utils/format';
import type { AgendaRow } from '../api/get-agenda';

/**
 * The register as a table: agenda number (a link to the case file on screen), date received,
 * channel with the letter's or ticket's number, sender (masked by the server), subject, current step.
 * On paper it is the same table, without the links' colour (agenda.css).
 */
export function AgendaTable({ items }: { items: AgendaRow[] }) {
  const { t } = useTranslation('staf');
  const lang = useLang();
  const captionId = useId();
  return (
    <div className="st-table-wrap st-agenda-table-wrap" tabIndex={0} role="region" aria-labelledby={captionId}>
      <table className="st-table st-agenda-table" data-testid="agenda-table">
        <caption id={captionId} className="sr-only">
          {t('agenda.tableLabel')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('agenda.number')}</th>
            <th scope="col">{t('agenda.receivedAt')}</th>
            <th scope="col">{t('agenda.channel')}</th>
            <th scope="col">{t('agenda.sender')}</th>
            <th scope="col">{t('agenda.subject')}</th>
            <th scope="col">{t('agenda.step')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((r) => (
            <tr key={r.complaintId} data-testid="agenda-row" data-agenda={r.agendaNumber}>
              <th scope="row" className="st-agenda-table__number">
                <Link to={paths.stafPerkara.getHref(r.complaintId)} aria-label={t('agenda.openCase', { number: r.agendaNumber })}>
                  {r.agendaNumber}
                </Link>
              </th>
              <td className="st-agenda-table__date">{formatWib(r.receivedAt, lang)}</td>
              <td>
                {t(`channels.${r.channel}`)}
                {r.channelRef ? (
                  <>
                    <br />
                    <span className="muted">{t('agenda.ref', { ref: r.channelRef })}</span>
                  </>
                ) : null}
              </td>
              <td data-testid="agenda-sender">{r.sender}</td>
              <td className="st-agenda-table__subject">{r.subject}</td>
              <td>{stepLabel(r.step, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
