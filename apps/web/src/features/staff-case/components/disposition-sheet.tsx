import { useId } from 'react';
import { useTranslation } from '@/lib/i18n';
import { useLang } from '@/features/staff-ui/hooks/use-lang';
import { formatWib, roleLabel } from '@/features/staff-ui/utils/format';
import type { CaseDetail, CaseDisposition } from '../api/get-case';

function target(d: CaseDisposition, t: (k: string) => string, lang: 'id' | 'en'): string {
  // The API leaves the name out for an officer who never acted on the case (see the report).
  if (d.toOfficer) return d.toOfficer.name ?? roleLabel('PETUGAS_TEKNIS', lang);
  if (d.toSeksi) return d.toSeksi.name;
  if (d.toBidang) return d.toBidang.name;
  if (d.action === 'RETURN_TO_OPD') return roleLabel('KEPALA_OPD', lang);
  if (d.action === 'RETURN_TO_BIDANG') return roleLabel('KEPALA_BIDANG', lang);
  return t('case.notYet');
}

/** The lembar disposisi: agenda entry, then who sent the case to whom, with what instruction. */
export function DispositionSheet({ kase }: { kase: CaseDetail }) {
  const { t } = useTranslation('staf');
  const lang = useLang();
  const headingId = useId();
  const registered = kase.history.find((h) => h.action === 'REGISTER');
  return (
    <section className="st-case-section" aria-labelledby={headingId} id="disposisi" data-testid="case-dispositions">
      <h2 id={headingId}>{t('case.dispositions.heading')}</h2>
      <div className="st-disposition-sheet">
        <dl className="st-facts st-facts--grid st-disposition-sheet__head">
          <div>
            <dt>{t('case.agendaNumber')}</dt>
            <dd>{kase.agendaNumber ?? '–'}</dd>
          </div>
          <div>
            <dt>{t('case.dispositions.receivedAt')}</dt>
            <dd>{formatWib(kase.submittedAt, lang)}</dd>
          </div>
          <div>
            <dt>{t('case.dispositions.registeredAt')}</dt>
            <dd>{registered ? formatWib(registered.enteredAt, lang) : '–'}</dd>
          </div>
          <div>
            <dt>{t('case.dispositions.subject')}</dt>
            <dd>
              {t(`types.${kase.type}`)} · {t(`channels.${kase.channel}`)}
            </dd>
          </div>
        </dl>
        {kase.dispositions.length === 0 ? (
          <p className="muted">{t('case.dispositions.none')}</p>
        ) : (
          <div className="st-table-wrap" tabIndex={0} role="region" aria-labelledby={headingId}>
            <table className="st-table">
              <thead>
                <tr>
                  <th scope="col">{t('case.dispositions.at')}</th>
                  <th scope="col">{t('case.dispositions.from')}</th>
                  <th scope="col">{t('case.dispositions.to')}</th>
                  <th scope="col">{t('case.dispositions.instruction')}</th>
                </tr>
              </thead>
              <tbody>
                {kase.dispositions.map((d, i) => (
                  <tr key={`${d.at}-${i}`} data-testid="disposition-row">
                    <td>{formatWib(d.at, lang)}</td>
                    <td>
                      {d.from?.name ?? '–'}
                      <br />
                      <span className="muted">{roleLabel(d.fromRole, lang)}</span>
                    </td>
                    <td>
                      {target(d, t as (k: string) => string, lang)}
                      <br />
                      <span className="muted">{t(`actions.${d.action}.done`)}</span>
                    </td>
                    <td>{d.instruction ?? (d.reason ? `${t('case.reason')}: ${d.reason}` : '–')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
    </section>
  );
}
