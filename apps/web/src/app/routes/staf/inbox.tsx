import { useTranslation } from '@/lib/i18n';
import { useSearchParams } from 'react-router-dom';
import { Head } from '@/components/seo/head';
import type { InboxFilters } from '@/lib/staff-query-keys';
import { useStaffUser } from '@/features/staff-auth/hooks/use-session';
import { InboxView } from '@/features/staff-inbox/components/inbox-view';
import { useLang } from '@/features/staff-ui/hooks/use-lang';
import { roleLabel } from '@/features/staff-ui/utils/format';

// Filters live in the URL (shareable, survive a reload and the back button), in the office's words.
const PARAM = { q: 'q', step: 'tahap', slaState: 'sla', type: 'jenis' } as const;

/** Kotak masuk: the cases waiting on the signed-in user, with live SLA countdowns. */
export function Component() {
  const { t } = useTranslation('staf');
  const lang = useLang();
  const user = useStaffUser();
  const [params, setParams] = useSearchParams();
  const filters: InboxFilters = {};
  for (const [k, p] of Object.entries(PARAM) as [keyof InboxFilters, string][]) {
    const v = params.get(p);
    if (v) filters[k] = v;
  }
  function onFiltersChange(next: InboxFilters) {
    const out = new URLSearchParams();
    for (const [k, p] of Object.entries(PARAM) as [keyof InboxFilters, string][]) {
      const v = next[k];
      if (v) out.set(p, v);
    }
    setParams(out, { replace: true });
  }
  return (
    <div className="container page staff-page">
      <Head title={t('inbox.title')} noIndex />
      <h1>{t('inbox.title')}</h1>
      <p className="st-lead">{t('inbox.intro', { role: roleLabel(user.role, lang) })}</p>
      <InboxView role={user.role} filters={filters} onFiltersChange={onFiltersChange} />
    </div>
  );
}
