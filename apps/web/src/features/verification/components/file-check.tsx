import { useRef, useState, type DragEvent, type FormEvent } from 'react';
import '@/locales/parts/verifikasi';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from '@/lib/i18n';
import { isApiError } from '@/lib/api-client';
import { verifyFile, type TFileVerification } from '../api/verification';
import { fileProblem, sha256Hex, VERIFY_MAX_BYTES } from '../lib/file-check';

interface TChecked {
  fileName: string;
  answer: TFileVerification;
  /** SHA-256 computed in this browser (null where crypto.subtle is unavailable: plain HTTP). */
  localSha256: string | null;
}

const MAX_MB = VERIFY_MAX_BYTES / 1024 / 1024;

/**
 * "Is my PDF the signed letter?": the file goes to the API, which hashes it and compares it with
 * the stored letter (nothing is kept). The file may be chosen or dropped on the field. The verdict
 * is announced in a polite live region; a failure to check is an alert.
 */
export function FileCheck({ documentId, letterNumber }: { documentId: string; letterNumber: string }) {
  const { t } = useTranslation();
  const inputRef = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);

  const check = useMutation({
    mutationFn: async (f: File): Promise<TChecked> => {
      const [answer, localSha256] = await Promise.all([verifyFile(documentId, f), sha256Hex(f)]);
      return { fileName: f.name, answer, localSha256 };
    },
  });

  function choose(f: File | null) {
    setFile(f);
    setFieldError(null);
    check.reset();
  }

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (check.isPending) return;
    const problem = !file ? 'required' : fileProblem(file);
    if (problem) {
      setFieldError(problem === 'required' ? t('verifikasi.file.required') : problem === 'EMPTY' ? t('verifikasi.file.empty') : t('verifikasi.file.tooLarge', { max: MAX_MB }));
      inputRef.current?.focus();
      return;
    }
    check.mutate(file!);
  }

  function onDrop(e: DragEvent<HTMLDivElement>) {
    e.preventDefault();
    setDragging(false);
    const dropped = e.dataTransfer.files;
    if (!dropped.length) return;
    // Show the dropped file in the input too, where the browser allows it.
    try {
      if (inputRef.current) inputRef.current.files = dropped;
    } catch {
      // Read-only `files` (old browsers): the state below still holds the file.
    }
    choose(dropped[0] ?? null);
  }

  const describedBy = ['verify-file-hint', fieldError ? 'verify-file-error' : ''].filter(Boolean).join(' ');
  const done = check.data;

  return (
    <section className="file-check" aria-labelledby="file-check-title" data-testid="file-check">
      <h2 id="file-check-title">{t('verifikasi.file.heading')}</h2>
      <p>{t('verifikasi.file.intro')}</p>
      <form className="form" onSubmit={onSubmit} noValidate>
        <div
          className={`field dropzone${dragging ? ' dropzone--active' : ''}`}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={(e) => {
            if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
          }}
          onDrop={onDrop}
        >
          <label htmlFor="verify-file">{t('verifikasi.file.label')}</label>
          <p id="verify-file-hint" className="field__hint">
            {t('verifikasi.file.hint', { max: MAX_MB })}
          </p>
          {fieldError ? (
            <p id="verify-file-error" className="field__error">
              {fieldError}
            </p>
          ) : null}
          <input
            ref={inputRef}
            id="verify-file"
            name="berkas"
            type="file"
            accept="application/pdf,.pdf"
            className="file-input"
            onChange={(e) => choose(e.target.files?.[0] ?? null)}
            aria-describedby={describedBy}
            aria-invalid={!!fieldError || undefined}
          />
        </div>
        <button type="submit" className="button" aria-disabled={check.isPending || undefined} data-busy={check.isPending || undefined}>
          {check.isPending ? <span className="spinner" aria-hidden="true" /> : null}
          {check.isPending ? t('verifikasi.file.checking') : t('verifikasi.file.submit')}
        </button>
      </form>

      <div aria-live="polite" aria-atomic="true" data-testid="file-result">
        {done ? <Verdict checked={done} letterNumber={letterNumber} /> : null}
      </div>
      {check.isError ? (
        <div className="notice notice--error" role="alert" data-testid="file-error">
          <p>{t(`verifikasi.file.${fileErrorKey(check.error)}`, { max: MAX_MB })}</p>
        </div>
      ) : null}
    </section>
  );
}

function Verdict({ checked, letterNumber }: { checked: TChecked; letterNumber: string }) {
  const { t } = useTranslation();
  const { answer, fileName, localSha256 } = checked;
  const match = answer.valid;
  return (
    <div className={`notice ${match ? 'notice--success' : 'notice--error'}`} data-testid="file-verdict" data-match={match}>
      <p className="notice__title">{match ? t('verifikasi.file.match') : t('verifikasi.file.mismatch')}</p>
      <p>{match ? t('verifikasi.file.matchBody', { name: fileName, number: letterNumber }) : t('verifikasi.file.mismatchBody', { name: fileName })}</p>
      <dl className="facts facts--compact">
        <div>
          <dt>{t('verifikasi.file.yourSha')}</dt>
          <dd>
            <code className="code code--hash" data-testid="file-sha256">
              {answer.submittedSha256}
            </code>
            {localSha256 ? (
              <span className="facts__note">
                {localSha256 === answer.submittedSha256 ? t('verifikasi.file.localSame') : t('verifikasi.file.localDiffers', { sha: localSha256 })}
              </span>
            ) : null}
          </dd>
        </div>
        {match ? null : (
          <div>
            <dt>{t('verifikasi.result.sha256')}</dt>
            <dd>
              <code className="code code--hash">{answer.sha256}</code>
            </dd>
          </div>
        )}
      </dl>
    </div>
  );
}

/** Which message a failed check gets (the server's 413/422 are caught before sending, normally). */
function fileErrorKey(error: unknown): 'tooLarge' | 'empty' | 'gone' | 'failed' {
  if (isApiError(error)) {
    if (error.status === 413) return 'tooLarge';
    if (error.status === 422) return 'empty';
    if (error.status === 404) return 'gone';
  }
  return 'failed';
}
