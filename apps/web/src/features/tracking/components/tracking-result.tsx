import { useEffect, useRef } from 'react';
import '@/locales/parts/complaint';
import '@/locales/parts/lacak';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from '@/lib/i18n';
import { CASE_STATUS_LABELS, MILESTONE_LABELS, SOP_STEPS, STEP_LABELS } from '@sigap/shared';
import { WibDateTime } from '@/components/ui/date-time';
import { isApiError } from '@/lib/api-client';
import { trackingQueryOptions, type TLookup } from '../api/get-public-complaint';
import { letterAvailability } from '../lib/letter';
import { upcomingMilestones } from '../lib/milestones';
import { LetterDownload } from './letter-download';

type TLang = 'id' | 'en';

/**
 * The answer to a lookup: where the complaint is (step n of 11, in plain words), when it should be
 * done, its public timeline, and once closed its outcome. A wrong code and a wrong secret get the
 * same message, so the page says nothing about which one was wrong.
 */
export function TrackingResult({ lookup, focusOnResult }: { lookup: TLookup; focusOnResult: boolean }) {
  const { t, i18n } = useTranslation();
  const lng: TLang = i18n.resolvedLanguage === 'en' ? 'en' : 'id';
  const query = useQuery(trackingQueryOptions(lookup));
  const headingRef = useRef<HTMLHeadingElement>(null);
  const data = query.data;

  useEffect(() => {
    if (data && focusOnResult) headingRef.current?.focus();
  }, [data, focusOnResult]);

  if (query.isPending) {
    return (
      <p className="muted tracking-status" role="status">
        <span className="spinner spinner--dark" aria-hidden="true" /> {t('lacak.checking')}
      </p>
    );
  }

  if (query.isError) {
    const notFound = isApiError(query.error) && query.error.status === 404;
    return notFound ? (
      <div className="notice notice--error" role="alert" data-testid="tracking-not-found">
        <p className="notice__title">{t('lacak.notFound')}</p>
        <p>{t('lacak.notFoundHint')}</p>
        <p>{t('lacak.lostSecret')}</p>
      </div>
    ) : (
      <div className="notice notice--error" role="alert" data-testid="tracking-error">
        <p className="notice__title">{t('lacak.unavailable')}</p>
        <p>
          <button type="button" className="button button--secondary" onClick={() => void query.refetch()}>
            {t('lacak.retry')}
          </button>
        </p>
      </div>
    );
  }

  const d = data!;
  const closed = d.status !== 'DALAM_PROSES';
  const stepText =
    d.stepNumber !== null
      ? t('lacak.result.step', { number: d.stepNumber, total: SOP_STEPS.length, label: STEP_LABELS[d.step][lng] })
      : STEP_LABELS[d.step][lng];
  const upcoming = upcomingMilestones(d);

  return (
    <section className="tracking-result" aria-labelledby="tracking-result-title" data-testid="tracking-result" data-status={d.status}>
      <h2 id="tracking-result-title" ref={headingRef} tabIndex={-1}>
        {t('lacak.result.heading', { code: d.trackingCode })}
      </h2>
      <p className={`status-badge status-badge--${d.status}`} data-testid="tracking-status">
        <span className="sr-only">{t('lacak.result.status')}: </span>
        {CASE_STATUS_LABELS[d.status][lng]}
      </p>

      <dl className="facts">
        <div>
          <dt>{t('lacak.result.current')}</dt>
          <dd data-testid="tracking-step">{stepText}</dd>
        </div>
        <div>
          <dt>{t('lacak.result.type')}</dt>
          <dd>
            {t(`complaintTypes.${d.type}.title`)} ({t(`complaintTypes.${d.type}.kinds`)})
          </dd>
        </div>
        <div>
          <dt>{t('lacak.result.submittedAt')}</dt>
          <dd>
            <WibDateTime value={d.submittedAt} />
          </dd>
        </div>
        {closed && d.closedAt ? (
          <div>
            <dt>{t('lacak.result.closedAt')}</dt>
            <dd>
              <WibDateTime value={d.closedAt} />
            </dd>
          </div>
        ) : (
          <div>
            <dt>{t('lacak.result.expected')}</dt>
            <dd data-testid="tracking-expected">
              <WibDateTime value={d.expectedCompletionAt} />
              <span className="facts__note">{t('lacak.result.expectedNote')}</span>
            </dd>
          </div>
        )}
      </dl>

      {d.outcome ? (
        <div className={`outcome outcome--${d.outcome.result}`} data-testid="tracking-outcome">
          <h3>{t('lacak.outcome.heading')}</h3>
          {/* The API words the summary in Indonesian; English readers get the catalogue's. */}
          <p>{lng === 'id' ? d.outcome.summary : t(`lacak.outcome.${d.outcome.result}`)}</p>
          {d.outcome.result === 'DITOLAK' && d.outcome.reason ? (
            <p>
              <strong>{t('lacak.outcome.reason')}:</strong> <span lang="id">{d.outcome.reason}</span>
            </p>
          ) : null}
        </div>
      ) : null}

      <LetterDownload lookup={lookup} availability={letterAvailability(d)} />

      <h3>{t('lacak.result.timelineHeading')}</h3>
      <ol className="timeline" data-testid="timeline">
        {d.timeline.map((e) => (
          <li key={`${e.milestone}-${e.at}`} className="timeline__item timeline__item--done" data-milestone={e.milestone}>
            <span className="timeline__label">{lng === 'en' ? e.labelEn : e.label}</span>
            <span className="timeline__date">
              <WibDateTime value={e.at} />
            </span>
          </li>
        ))}
        {upcoming.map((m) => (
          <li key={m} className="timeline__item timeline__item--upcoming" data-milestone={m}>
            <span className="timeline__label">{MILESTONE_LABELS[m][lng]}</span>
            <span className="timeline__date">{t('lacak.result.upcoming')}</span>
          </li>
        ))}
      </ol>

      <p className="muted">{t('lacak.result.identityNote')}</p>
      <p className="actions">
        <button type="button" className="button button--secondary" onClick={() => {
            if (!query.isFetching) void query.refetch();
          }}
          aria-disabled={query.isFetching || undefined}
        >
          {query.isFetching ? t('lacak.result.refreshing') : t('lacak.result.refresh')}
        </button>
      </p>
    </section>
  );
}
