import { useTranslation } from '@/lib/i18n';
import { useSearchParams } from 'react-router-dom';
import { Head } from '@/components/seo/head';
import type { AgendaFilters } from '@/lib/staff-query-keys';
import { useStaffUser } from '@/features/staff-auth/hooks/use-session';
import { AgendaView } from '@/features/staff-agenda/components/agenda-view';

// Filters live in the URL (a shareable, reloadable view of the register), in the office's words.
const PARAM = { from: 'dari', to: 'sampai', q: 'q' } as const;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Buku Agenda Surat Masuk: the incoming-mail register, for Tata Usaha and the Kepala Dinas. */
export function Component() {
  const { t } = useTranslation('staf');
  const user = useStaffUser();
  const [params, setParams] = useSearchParams();
  const filters: AgendaFilters = {};
  for (const [k, p] of Object.entries(PARAM) as [keyof AgendaFilters, string][]) {
    const v = params.get(p)?.trim();
    if (v && (k === 'q' || DAY.test(v))) filters[k] = v;
  }
  function onFiltersChange(next: AgendaFilters) {
    const out = new URLSearchParams();
    for (const [k, p] of Object.entries(PARAM) as [keyof AgendaFilters, string][]) {
      const v = next[k];
      if (v) out.set(p, v);
    }
    setParams(out, { replace: true });
  }
  const allowed = user.role === 'TATA_USAHA' || user.role === 'KEPALA_OPD';
  return (
    <div className="container page staff-page st-agenda-page" data-testid="agenda-page">
      <Head title={t('agenda.title')} noIndex />
      <header className="st-agenda-head">
        <p className="print-only st-agenda-head__gov">{t('agenda.printGov')}</p>
        <p className="print-only st-agenda-head__agency">{t('shell.agency')}</p>
        <h1>{t('agenda.title')}</h1>
      </header>
      {allowed ? (
        <>
          <p className="st-lead no-print">{t('agenda.intro')}</p>
          <AgendaView filters={filters} onFiltersChange={onFiltersChange} />
        </>
      ) : (
        <p className="notice" data-testid="agenda-not-allowed">
          {t('agenda.onlyRoles')}
        </p>
      )}
    </div>
  );
}
