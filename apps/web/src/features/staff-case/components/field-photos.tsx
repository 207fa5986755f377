import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from '@/lib/i18n';
import { isApiError } from '@/lib/api-client';
import type { StaffUser } from '@/lib/staff-api';
import { useLang } from '@/features/staff-ui/hooks/use-lang';
import type { CaseDetail } from '../api/get-case';
import { useUploadAttachments } from '../api/upload-attachments';
import { ATTACHMENT_ACCEPT, checkAttachments, formatBytes, MAX_ATTACHMENTS, type AttachmentProblem } from '../lib/attachment-rules';
import './documents.css';

/** The steps at which the assigned officer holds the case: the inspection and the first draft. */
const OFFICER_STEPS = new Set(['PEMERIKSAAN', 'DRAFT_AWAL']);

/** Whether this user may add field photos to this case now (the server checks it again). */
export function mayUploadFieldPhotos(kase: CaseDetail, user: StaffUser): boolean {
  return user.role === 'PETUGAS_TEKNIS' && kase.assignment.officer?.id === user.id && OFFICER_STEPS.has(kase.step);
}

/**
 * Foto lapangan: the assigned officer attaches photos or scans from the inspection to the case
 * (POST …/attachments). The choice is checked here first — type, size, the case's remaining quota —
 * with messages in the officer's language; the server checks the bytes again and has the last word.
 * Uploaded files join the Dokumen list; nothing uploaded can be deleted.
 */
export function FieldPhotos({ kase }: { kase: CaseDetail }) {
  const { t } = useTranslation('staf');
  const lang = useLang();
  const id = useId();
  const upload = useUploadAttachments(kase.id);
  const [files, setFiles] = useState<File[]>([]);
  const [problems, setProblems] = useState<AttachmentProblem[] | null>(null);
  const [uploaded, setUploaded] = useState<number | null>(null);
  const [inputKey, setInputKey] = useState(0);
  const alertRef = useRef<HTMLDivElement>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const existing = kase.documents.filter((d) => d.kind === 'LAMPIRAN').length;
  const full = existing >= MAX_ATTACHMENTS;

  const serverMessage = upload.error
    ? isApiError(upload.error) && [409, 413, 415, 422].includes(upload.error.status) && upload.error.detail
      ? upload.error.detail
      : t('case.photos.failed')
    : null;

  useEffect(() => {
    if ((problems && problems.length) || serverMessage) alertRef.current?.focus();
  }, [problems, serverMessage]);
  useEffect(() => {
    if (uploaded) statusRef.current?.focus();
  }, [uploaded]);

  function choose(list: FileList | null) {
    const chosen = list ? Array.from(list) : [];
    setFiles(chosen);
    setUploaded(null);
    upload.reset();
    setProblems(chosen.length ? checkAttachments(chosen, existing) : null);
  }

  function clear() {
    setFiles([]);
    setProblems(null);
    upload.reset();
    setInputKey((k) => k + 1);
  }

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    const found = checkAttachments(files, existing);
    setProblems(found);
    if (found.length) {
      alertRef.current?.focus();
      return;
    }
    upload.mutate(files, {
      onSuccess: (res) => {
        setUploaded(res.items.length);
        setFiles([]);
        setProblems(null);
        setInputKey((k) => k + 1);
      },
    });
  }

  const message = (p: AttachmentProblem) =>
    p.code === 'none' ? t('case.photos.errors.none') : p.code === 'count' ? t('case.photos.errors.count', { allowed: p.allowed }) : t(`case.photos.errors.${p.code}`, { name: p.name });

  const headingId = `${id}-heading`;
  const hintId = `${id}-hint`;
  const invalid = !!problems?.length;
  return (
    <section className="st-case-section st-field-photos" aria-labelledby={headingId} id="foto" data-testid="field-photos">
      <h2 id={headingId}>{t('case.photos.heading')}</h2>
      <p>{t('case.photos.intro')}</p>
      <p className="muted" data-testid="field-photos-used">
        {t('case.photos.used', { count: existing })}
      </p>
      {uploaded ? (
        <p ref={statusRef} tabIndex={-1} className="notice st-notice--success" role="status" data-testid="field-photos-done">
          {t('case.photos.uploaded', { count: uploaded })}
        </p>
      ) : null}
      {full ? (
        <p className="notice" data-testid="field-photos-full">
          {t('case.photos.full')}
        </p>
      ) : (
        <form className="form st-field-photos__form" onSubmit={onSubmit} noValidate aria-labelledby={headingId}>
          <div className="field">
            <label htmlFor={`${id}-files`}>{t('case.photos.choose')}</label>
            <p id={hintId} className="field__hint">
              {t('case.photos.rules')}
            </p>
            <input
              key={inputKey}
              id={`${id}-files`}
              className="st-file-input"
              type="file"
              multiple
              accept={ATTACHMENT_ACCEPT}
              onChange={(e) => choose(e.currentTarget.files)}
              aria-describedby={invalid ? `${hintId} ${id}-problems` : hintId}
              aria-invalid={invalid}
              disabled={upload.isPending}
              data-testid="field-photos-input"
            />
          </div>
          {files.length ? (
            <div className="st-field-photos__chosen">
              <p className="st-field-photos__chosen-title">{t('case.photos.chosen')}</p>
              <ul className="bullets" data-testid="field-photos-chosen">
                {files.map((f, i) => (
                  <li key={`${i}-${f.name}`}>
                    {f.name} <span className="muted">({formatBytes(f.size, lang)})</span>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <div ref={alertRef} tabIndex={-1} className="st-form__status" id={`${id}-problems`}>
            {invalid ? (
              <div className="notice notice--warning" role="alert" data-testid="field-photos-problems">
                <p className="notice__title">{t('case.photos.checkFiles')}</p>
                <ul className="bullets">
                  {problems!.map((p, i) => (
                    <li key={i}>{message(p)}</li>
                  ))}
                </ul>
              </div>
            ) : serverMessage ? (
              <p className="notice notice--warning" role="alert" data-testid="field-photos-error">
                {serverMessage}
              </p>
            ) : null}
          </div>
          <div className="actions st-field-photos__buttons">
            <button type="submit" className="button" disabled={upload.isPending} data-testid="field-photos-upload">
              {upload.isPending ? t('case.photos.uploading') : t('case.photos.upload')}
            </button>
            {files.length ? (
              <button type="button" className="button button--secondary" onClick={clear} disabled={upload.isPending}>
                {t('case.photos.clear')}
              </button>
            ) : null}
          </div>
        </form>
      )}
    </section>
  );
}
