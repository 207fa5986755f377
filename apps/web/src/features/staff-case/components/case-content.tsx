import { useId } from 'react';
import { useTranslation } from '@/lib/i18n';
import type { CaseDetail } from '../api/get-case';

/** Isi pengaduan: what the complainant wrote, as written. */
export function CaseContent({ kase }: { kase: CaseDetail }) {
  const { t } = useTranslation('staf');
  const headingId = useId();
  return (
    <section className="st-case-section" aria-labelledby={headingId} id="isi" data-testid="case-content">
      <h2 id={headingId}>{t('case.content')}</h2>
      <div className="st-prose st-complaint-text">{kase.content}</div>
    </section>
  );
}

/** In-page links to the sections of a long case file (helps most on a phone). */
export function CaseToc() {
  const { t } = useTranslation('staf');
  const items = [
    ['isi', t('case.content')],
    ['pelapor', t('case.reporter.heading')],
    ['disposisi', t('case.dispositions.heading')],
    ['riwayat', t('case.timeline.heading')],
    ['lhp', t('case.lhp.heading')],
    ['draf', t('case.drafts.heading')],
    ['pengiriman', t('case.deliveries.heading')],
    ['dokumen', t('case.documents.heading')],
    ['integritas', t('case.integrity.heading')],
  ] as const;
  return (
    <nav className="st-case-toc" aria-label={t('case.tocLabel')}>
      <ul>
        {items.map(([id, label]) => (
          <li key={id}>
            <a href={`#${id}`}>{label}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
