import { useId } from 'react';
import { useTranslation } from '@/lib/i18n';
import { SlaBadge, SlaClock } from '@/features/staff-ui/components/sla-clock';
import { useLang } from '@/features/staff-ui/hooks/use-lang';
import { formatDuration, formatWib, roleLabel, stepLabel } from '@/features/staff-ui/utils/format';
import type { CaseDetail, CaseHistoryEntry, CaseStepVisit } from '../api/get-case';

const inVisit = (h: CaseHistoryEntry, v: CaseStepVisit) =>
  (h.seq === 1 && v.step === h.step && v.enteredAt === h.enteredAt) ||
  (h.fromStep === v.step && h.action !== null && h.enteredAt >= v.enteredAt && (v.leftAt === null || h.enteredAt <= v.leftAt));

/**
 * Every step the case went through: who acted, when, against which deadline, on time or late,
 * and the instruction or reason given. A reassignment shows inside the inspection it happened in.
 */
export function CaseTimeline({ kase }: { kase: CaseDetail }) {
  const { t } = useTranslation('staf');
  const lang = useLang();
  const headingId = useId();
  const byAt = new Map(kase.dispositions.map((d) => [`${d.at}|${d.action}`, d]));

  function details(h: CaseHistoryEntry): string[] {
    const p = h.payload;
    const out: string[] = [];
    const d = h.action ? byAt.get(`${h.enteredAt}|${h.action}`) : undefined;
    if (h.seq === 1 && typeof p.channel === 'string') out.push(t('case.timeline.via', { channel: t(`channels.${p.channel as 'ONLINE'}`) }));
    if (d?.toBidang) out.push(`${t('case.timeline.to')}: ${d.toBidang.name}`);
    if (d?.toSeksi) out.push(`${t('case.timeline.to')}: ${d.toSeksi.name}`);
    if (d?.toOfficer) out.push(`${t('case.timeline.to')}: ${d.toOfficer.name ?? roleLabel('PETUGAS_TEKNIS', lang)}`);
    if (typeof p.agendaNumber === 'string') out.push(`${t('case.agendaNumber')}: ${p.agendaNumber}`);
    if (typeof p.letterNumber === 'string') out.push(`${t('case.letterNumber')}: ${p.letterNumber}`);
    if (typeof p.instruction === 'string' && p.instruction) out.push(`${t('case.instruction')}: ${p.instruction}`);
    if (typeof p.reason === 'string') out.push(`${t('case.reason')}: ${p.reason}`);
    if (typeof p.note === 'string' && p.note) out.push(`${t('case.note')}: ${p.note}`);
    if (p.draft && typeof p.draft === 'object') out.push(t('case.timeline.draftSaved'));
    if (Array.isArray(p.deliveries)) out.push(t('case.timeline.deliveries', { count: p.deliveries.length }));
    return out;
  }

  return (
    <section className="st-case-section" aria-labelledby={headingId} id="riwayat" data-testid="case-timeline">
      <h2 id={headingId}>{t('case.timeline.heading')}</h2>
      <ol className="st-timeline">
        {kase.steps.map((v, i) => {
          const end = v.step === 'SELESAI' || v.step === 'DITOLAK';
          const current = !end && v.leftAt === null;
          const events = kase.history.filter((h) => inVisit(h, v));
          return (
            <li key={`${v.step}-${v.enteredAt}-${i}`} className={`st-timeline__item${current ? ' st-timeline__item--current' : ''}${end ? ' st-timeline__item--end' : ''}`} data-testid="timeline-step" data-step={v.step}>
              <h3 className="st-timeline__title">
                {v.number ? `${v.number}. ` : ''}
                {stepLabel(v.step, lang)}
                {current ? <span className="st-tag">{t('case.timeline.current')}</span> : null}
              </h3>
              {end ? (
                <p>{formatWib(v.enteredAt, lang)}</p>
              ) : (
                <>
                  <dl className="st-facts st-facts--compact">
                    {v.actorRole ? (
                      <div>
                        <dt>{t('case.timeline.actor')}</dt>
                        <dd>{roleLabel(v.actorRole, lang)}</dd>
                      </div>
                    ) : null}
                    <div>
                      <dt>{t('case.timeline.entered')}</dt>
                      <dd>{formatWib(v.enteredAt, lang)}</dd>
                    </div>
                    <div>
                      <dt>{t('case.deadline')}</dt>
                      <dd>{v.deadlineAt ? formatWib(v.deadlineAt, lang) : t('sla.noDeadline')}</dd>
                    </div>
                    {v.leftAt ? (
                      <div>
                        <dt>{t('case.timeline.left')}</dt>
                        <dd>
                          {formatWib(v.leftAt, lang)}
                          {v.leftBy ? ` — ${v.leftBy.name ?? v.leftBy.username ?? ''}` : ''}
                        </dd>
                      </div>
                    ) : null}
                    {v.leftAt ? (
                      <div>
                        <dt>{t('case.timeline.took')}</dt>
                        <dd>{formatDuration(v.workingMinutesTaken, lang)}</dd>
                      </div>
                    ) : null}
                  </dl>
                  <div className="st-timeline__sla" data-testid="timeline-sla">
                    {current ? (
                      <SlaClock enteredAt={v.enteredAt} deadlineAt={v.deadlineAt} />
                    ) : v.onTime === true ? (
                      <SlaBadge state="ON_TIME" />
                    ) : v.onTime === false ? (
                      <SlaBadge state="OVERDUE" />
                    ) : (
                      <SlaBadge state="NONE" />
                    )}
                  </div>
                </>
              )}
              {events.length ? (
                <ul className="st-timeline__events">
                  {events.map((h) => (
                    <li key={h.seq} data-testid="timeline-event" data-action={h.action ?? 'SUBMITTED'}>
                      <p className="st-timeline__event-title">
                        {h.action ? t(`actions.${h.action}.done`) : t('case.timeline.submitted')}
                        <span className="muted">
                          {' — '}
                          {h.actor?.name ?? roleLabel(h.actorRole, lang)}
                          {h.actor ? ` (${roleLabel(h.actorRole, lang)})` : ''}, {formatWib(h.enteredAt, lang)}
                        </span>
                      </p>
                      {details(h).map((line) => (
                        <p key={line} className="st-timeline__detail">
                          {line}
                        </p>
                      ))}
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
