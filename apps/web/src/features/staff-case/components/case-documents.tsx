import { useId, useState } from 'react';
import { useTranslation } from '@/lib/i18n';
import { paths } from '@/config/paths';
import { useLang } from '@/features/staff-ui/hooks/use-lang';
import { formatWib } from '@/features/staff-ui/utils/format';
import type { CaseDetail } from '../api/get-case';
import { downloadDocument, useDocuments, type CaseDocumentFile } from '../api/get-documents';
import { useHistoryCheck } from '../api/verify-history';
import { formatBytes } from '../lib/attachment-rules';
import './documents.css';

/** The Laporan Hasil Pemeriksaan, as the officer submitted it. */
export function InspectionReportSection({ kase }: { kase: CaseDetail }) {
  const { t } = useTranslation('staf');
  const lang = useLang();
  const headingId = useId();
  const lhp = kase.inspectionReport;
  return (
    <section className="st-case-section" aria-labelledby={headingId} id="lhp" data-testid="case-lhp">
      <h2 id={headingId}>{t('case.lhp.heading')}</h2>
      {!lhp ? (
        <p className="muted">{t('case.lhp.none')}</p>
      ) : (
        <>
          <p className="muted">
            {t('case.byAt', { name: lhp.by?.name ?? '–', at: formatWib(lhp.createdAt, lang) })}
            {lhp.version > 1 ? ` · ${t('case.version', { n: lhp.version })}` : ''}
          </p>
          <dl className="st-facts">
            <div>
              <dt>{t('form.mode')}</dt>
              <dd>{t(`modes.${lhp.report.mode}`)}</dd>
            </div>
            {lhp.report.visitedAt ? (
              <div>
                <dt>{t('form.visitedAt')}</dt>
                <dd>{formatWib(lhp.report.visitedAt, lang)}</dd>
              </div>
            ) : null}
            {lhp.report.location ? (
              <div>
                <dt>{t('form.location')}</dt>
                <dd>{lhp.report.location}</dd>
              </div>
            ) : null}
            <div>
              <dt>{t('form.findings')}</dt>
              <dd className="st-prose">{lhp.report.findings}</dd>
            </div>
            <div>
              <dt>{t('form.meets')}</dt>
              <dd>{lhp.report.meetsTechnicalRequirements ? t('form.yes') : t('form.no')}</dd>
            </div>
            <div>
              <dt>{t('form.recommendation')}</dt>
              <dd className="st-prose">{lhp.report.recommendation}</dd>
            </div>
            {lhp.report.mediation ? (
              <div>
                <dt>{t('form.mediation')}</dt>
                <dd className="st-prose">{lhp.report.mediation}</dd>
              </div>
            ) : null}
          </dl>
        </>
      )}
    </section>
  );
}

/** The delivery record: one line per recipient of the signed letter. */
export function DeliveriesSection({ kase }: { kase: CaseDetail }) {
  const { t } = useTranslation('staf');
  const lang = useLang();
  const headingId = useId();
  return (
    <section className="st-case-section" aria-labelledby={headingId} id="pengiriman" data-testid="case-deliveries">
      <h2 id={headingId}>{t('case.deliveries.heading')}</h2>
      {kase.deliveries.length === 0 ? (
        <p className="muted">{t('case.deliveries.none')}</p>
      ) : (
        <div className="st-table-wrap" tabIndex={0} role="region" aria-labelledby={headingId}>
          <table className="st-table">
            <thead>
              <tr>
                <th scope="col">{t('case.deliveries.recipient')}</th>
                <th scope="col">{t('form.method')}</th>
                <th scope="col">{t('case.deliveries.at')}</th>
                <th scope="col">{t('case.deliveries.by')}</th>
              </tr>
            </thead>
            <tbody>
              {kase.deliveries.map((d) => (
                <tr key={d.id} data-testid="delivery">
                  <td>{d.recipient}</td>
                  <td>{t(`methods.${d.method}`)}</td>
                  <td>{formatWib(d.deliveredAt, lang)}</td>
                  <td>{d.recordedBy?.name ?? '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/**
 * The documents the case produced (lembar disposisi, LHP, draft versions, signed letter, field
 * photos), each downloadable as its file; the signed letter with its SHA-256 and the public page
 * that verifies it. Without scope (after the user passed the case on) the list from the case file
 * is shown, without downloads.
 */
export function DocumentsSection({ kase, scoped }: { kase: CaseDetail; scoped: boolean }) {
  const { t } = useTranslation('staf');
  const lang = useLang();
  const headingId = useId();
  const files = useDocuments(kase.id, scoped);
  const [busy, setBusy] = useState<string | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const docs: CaseDocumentFile[] =
    files.data ??
    kase.documents.map(({ sha256, ...d }) => ({ ...d, url: '', mediaType: d.kind === 'LAMPIRAN' ? '' : 'application/pdf', ...(sha256 ? { sha256 } : {}) }));

  async function download(doc: CaseDocumentFile) {
    setBusy(doc.id);
    setFailed(null);
    try {
      await downloadDocument(doc);
    } catch {
      setFailed(doc.title);
    } finally {
      setBusy(null);
    }
  }

  return (
    <section className="st-case-section" aria-labelledby={headingId} id="dokumen" data-testid="case-documents">
      <h2 id={headingId}>{t('case.documents.heading')}</h2>
      {docs.length === 0 ? (
        <p className="muted">{t('case.documents.none')}</p>
      ) : (
        <ul className="st-doc-list" aria-label={t('case.documents.listLabel')}>
          {docs.map((d) => (
            <li key={d.id} data-testid="document" data-kind={d.kind} data-id={d.id}>
              <span className="st-doc-list__text">
                <span className="st-doc-list__title">{d.title}</span>
                <span className="muted">
                  {' '}
                  · {t(`documentKinds.${d.kind}`)}
                  {d.kind === 'DRAFT_SURAT' || d.kind === 'LHP' ? ` · ${t('case.version', { n: d.version })}` : ''} · {formatWib(d.createdAt, lang)}
                  {d.kind === 'LAMPIRAN' && d.sizeBytes ? ` · ${formatBytes(d.sizeBytes, lang)}` : ''}
                </span>
              </span>
              {d.url ? (
                <button
                  type="button"
                  className="button button--secondary st-button--small"
                  onClick={() => void download(d)}
                  disabled={busy === d.id}
                  aria-label={t('case.documents.downloadNamed', { title: d.title })}
                  data-testid="document-download"
                >
                  {busy === d.id ? t('common.loading') : t('case.documents.download')}
                </button>
              ) : null}
              {d.kind === 'SURAT_TERTANDA' && d.sha256 ? <SignedLetterFacts id={d.id} sha256={d.sha256} /> : null}
            </li>
          ))}
        </ul>
      )}
      {failed ? (
        <p className="field__error" role="alert" data-testid="document-download-failed">
          {t('case.documents.failedNamed', { title: failed })}
        </p>
      ) : null}
    </section>
  );
}

/** The signed letter's fingerprint, and the public page (the QR code's target) that checks a copy. */
function SignedLetterFacts({ id, sha256 }: { id: string; sha256: string }) {
  const { t } = useTranslation('staf');
  return (
    <div className="st-signed-letter" data-testid="signed-letter">
      <p className="st-signed-letter__note">{t('case.documents.signedNote')}</p>
      <dl className="st-facts">
        <div>
          <dt>{t('case.documents.sha256')}</dt>
          <dd>
            <code className="st-hash" data-testid="signed-letter-sha256">
              {sha256}
            </code>
          </dd>
        </div>
      </dl>
      <p>
        <a href={paths.verifikasi.getHref(id)} target="_blank" rel="noopener" data-testid="signed-letter-verify">
          {t('case.documents.verify')} <span className="st-signed-letter__tab">{t('case.documents.newTab')}</span>
        </a>
      </p>
    </div>
  );
}

/** Whether the history's hash chain is intact (GET …/history/verify). */
export function HistoryIntegrity({ caseId }: { caseId: string }) {
  const { t } = useTranslation('staf');
  const headingId = useId();
  const check = useHistoryCheck(caseId);
  return (
    <section className="st-case-section" aria-labelledby={headingId} id="integritas" data-testid="case-integrity">
      <h2 id={headingId}>{t('case.integrity.heading')}</h2>
      {check.isPending ? (
        <p className="muted">{t('case.integrity.checking')}</p>
      ) : check.isError ? (
        <p className="notice notice--warning">{t('case.integrity.error')}</p>
      ) : check.data.intact ? (
        <p className="st-integrity st-integrity--ok" data-testid="integrity-status" data-intact="true">
          <span aria-hidden="true">✓ </span>
          {t('case.integrity.intact', { count: check.data.rows })}
        </p>
      ) : (
        <p className="notice st-notice--danger st-integrity" role="alert" data-testid="integrity-status" data-intact="false">
          {t('case.integrity.broken', { seq: check.data.brokenAtSeq ?? '?' })}
        </p>
      )}
      <p className="muted">{t('case.integrity.explain')}</p>
    </section>
  );
}
