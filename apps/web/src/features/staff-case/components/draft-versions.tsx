import { useId, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from '@/lib/i18n';
import { SOP_TABLE, type TLetterDraft } from '@sigap/shared';
import { useLang } from '@/features/staff-ui/hooks/use-lang';
import { formatWib, roleLabel, stepLabel } from '@/features/staff-ui/utils/format';
import type { CaseDetail, CaseDraftVersion } from '../api/get-case';
import { countWords, diffList, diffText, diffWords, hasChanges, type DiffPart, type TokenOp } from '../lib/diff';
import { draftOrigins } from '../lib/draft-history';
import './documents.css';

/**
 * Every version of the letter draft — who saved it, when, at which step and with which action —
 * newest first with the newest open, and a comparison of any two versions, word by word.
 */
export function DraftVersions({ kase }: { kase: CaseDetail }) {
  const { t } = useTranslation('staf');
  const lang = useLang();
  const headingId = useId();
  const drafts = useMemo(() => [...kase.drafts].sort((a, b) => b.version - a.version), [kase.drafts]);
  const origins = useMemo(() => draftOrigins(kase.drafts, kase.history), [kase.drafts, kase.history]);
  const latest = drafts[0]?.version;
  return (
    <section className="st-case-section" aria-labelledby={headingId} id="draf" data-testid="case-drafts">
      <h2 id={headingId}>{t('case.drafts.heading')}</h2>
      {drafts.length === 0 ? (
        <p className="muted">{t('case.drafts.none')}</p>
      ) : (
        <>
          <h3>{t('case.drafts.historyHeading')}</h3>
          <p className="muted">{t('case.drafts.historyIntro')}</p>
          <ul className="st-draft-versions" data-testid="draft-history">
            {drafts.map((d) => {
              const origin = origins.get(d.version);
              const number = origin ? SOP_TABLE[origin.step as keyof typeof SOP_TABLE]?.number : undefined;
              return (
                <li key={d.id} data-testid="draft-version" data-version={d.version}>
                  <details open={d.version === latest}>
                    <summary>
                      <span className="st-draft-version__title">
                        {t('case.version', { n: d.version })}
                        {d.version === latest ? <span className="st-tag st-draft-version__latest">{t('case.drafts.latest')}</span> : null}
                      </span>
                      <span className="st-draft-version__meta" data-testid="draft-version-meta">
                        <span>
                          <span className="sr-only">{t('case.drafts.by')}: </span>
                          {d.by?.name ?? '–'}
                          {d.by ? ` (${roleLabel(d.by.role, lang)})` : ''}
                        </span>
                        <span>
                          <span className="sr-only">{t('case.drafts.at')}: </span>
                          {formatWib(d.createdAt, lang)}
                        </span>
                        {origin ? (
                          <span>
                            <span className="sr-only">{t('case.drafts.step')}: </span>
                            <span data-testid="draft-version-step" data-step={origin.step}>
                              {number ? t('case.drafts.stepOf', { number, label: stepLabel(origin.step, lang) }) : stepLabel(origin.step, lang)}
                              {isSavingAction(origin.action) ? ` · ${t(`case.drafts.savedWith.${origin.action}`)}` : ''}
                            </span>
                          </span>
                        ) : null}
                      </span>
                    </summary>
                    <DraftFacts draft={d.draft} />
                  </details>
                </li>
              );
            })}
          </ul>
          {/* A new version resets the choice to the two newest. */}
          {drafts.length > 1 ? <DraftCompare key={latest} drafts={drafts} /> : null}
        </>
      )}
    </section>
  );
}

const SAVING_ACTIONS = ['SUBMIT_DRAFT', 'APPROVE_DRAFT_SEKSI', 'APPROVE_DRAFT_BIDANG', 'SIGN'] as const;
const isSavingAction = (a: string): a is (typeof SAVING_ACTIONS)[number] => (SAVING_ACTIONS as readonly string[]).includes(a);

function DraftFacts({ draft }: { draft: TLetterDraft }) {
  const { t } = useTranslation('staf');
  return (
    <dl className="st-facts">
      <div>
        <dt>{t('form.terlapor')}</dt>
        <dd>
          {draft.terlapor.name}
          <br />
          {draft.terlapor.address}
        </dd>
      </div>
      <div>
        <dt>{t('form.subject')}</dt>
        <dd>{draft.subject}</dd>
      </div>
      <div>
        <dt>{t('form.body')}</dt>
        <dd className="st-prose">{draft.body}</dd>
      </div>
      <div>
        <dt>{t('form.tembusan')}</dt>
        <dd>
          {draft.tembusan.length ? (
            <ol className="numbered">
              {draft.tembusan.map((x, j) => (
                <li key={`${j}-${x}`}>{x}</li>
              ))}
            </ol>
          ) : (
            '–'
          )}
        </dd>
      </div>
    </dl>
  );
}

/** Two versions side by side in one text: removed words struck through, added words underlined. */
function DraftCompare({ drafts }: { drafts: CaseDraftVersion[] }) {
  const { t } = useTranslation('staf');
  const lang = useLang();
  const id = useId();
  // Newest first: by default the version before the latest against the latest.
  const [older, setOlder] = useState(drafts[1]!.version);
  const [newer, setNewer] = useState(drafts[0]!.version);
  const a = drafts.find((d) => d.version === older);
  const b = drafts.find((d) => d.version === newer);

  const diff = useMemo(() => {
    if (!a || !b || a.version === b.version) return null;
    const x = a.draft;
    const y = b.draft;
    return {
      name: diffWords(x.terlapor.name, y.terlapor.name),
      address: diffText(x.terlapor.address, y.terlapor.address),
      subject: diffWords(x.subject, y.subject),
      body: diffText(x.body, y.body),
      tembusan: diffList(x.tembusan, y.tembusan),
    };
  }, [a, b]);

  const option = (d: CaseDraftVersion) => t('case.drafts.optionVersion', { n: d.version, role: d.by ? roleLabel(d.by.role, lang) : '–' });

  let result: ReactNode;
  if (!diff || !a || !b) {
    result = (
      <p className="notice" role="status" data-testid="draft-diff-same-version">
        {t('case.drafts.sameVersion')}
      </p>
    );
  } else {
    const textParts = [...diff.name, ...diff.address, ...diff.subject, ...diff.body];
    const tembusanChanged = diff.tembusan.some((o) => o.kind !== 'same');
    const words = countWords([...textParts, ...diff.tembusan.filter((o) => o.kind !== 'same').map((o) => ({ kind: o.kind, text: o.items.join(' ') }))]);
    const changed = hasChanges(textParts) || tembusanChanged;
    result = (
      <div className="st-diff" role="group" aria-label={t('case.drafts.resultLabel', { a: a.version, b: b.version })} data-testid="draft-diff">
        <p className="st-diff__summary" role="status" data-testid="draft-diff-summary">
          {changed ? t('case.drafts.summary', words) : t('case.drafts.identical')}
        </p>
        {changed ? (
          <dl className="st-facts">
            <DiffField label={t('form.terlaporName')} parts={diff.name} field="terlapor-name" />
            <DiffField label={t('form.terlaporAddress')} parts={diff.address} field="terlapor-address" />
            <DiffField label={t('form.subject')} parts={diff.subject} field="subject" />
            <DiffField label={t('form.body')} parts={diff.body} field="body" />
            <div data-testid="draft-diff-field" data-field="tembusan">
              <dt>{t('form.tembusan')}</dt>
              <dd>{tembusanChanged ? <DiffListView ops={diff.tembusan} /> : <span className="muted">{t('case.drafts.unchanged')}</span>}</dd>
            </div>
          </dl>
        ) : null}
      </div>
    );
  }

  return (
    <div className="st-draft-compare" data-testid="draft-compare">
      <h3>{t('case.drafts.compareHeading')}</h3>
      <p className="muted">{t('case.drafts.compareIntro')}</p>
      <div className="st-draft-compare__pick">
        <div className="field">
          <label htmlFor={`${id}-a`}>{t('case.drafts.older')}</label>
          <select id={`${id}-a`} className="input" value={older} onChange={(e) => setOlder(Number(e.target.value))} data-testid="draft-compare-older">
            {drafts.map((d) => (
              <option key={d.id} value={d.version}>
                {option(d)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-b`}>{t('case.drafts.newer')}</label>
          <select id={`${id}-b`} className="input" value={newer} onChange={(e) => setNewer(Number(e.target.value))} data-testid="draft-compare-newer">
            {drafts.map((d) => (
              <option key={d.id} value={d.version}>
                {option(d)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {result}
    </div>
  );
}

function DiffField({ label, parts, field }: { label: string; parts: DiffPart[]; field: string }) {
  const { t } = useTranslation('staf');
  return (
    <div data-testid="draft-diff-field" data-field={field}>
      <dt>{label}</dt>
      <dd>{hasChanges(parts) ? <DiffTextView parts={parts} /> : <span className="muted">{t('case.drafts.unchanged')}</span>}</dd>
    </div>
  );
}

function DiffTextView({ parts }: { parts: DiffPart[] }) {
  const { t } = useTranslation('staf');
  return (
    <p className="st-diff__text">
      {parts.map((p, i) =>
        p.kind === 'same' ? (
          <span key={i}>{p.text}</span>
        ) : p.kind === 'removed' ? (
          <del key={i} className="st-diff__del" data-testid="diff-removed">
            <span className="sr-only">[{t('case.drafts.removed')} </span>
            {p.text}
            <span className="sr-only">]</span>
          </del>
        ) : (
          <ins key={i} className="st-diff__ins" data-testid="diff-added">
            <span className="sr-only">[{t('case.drafts.added')} </span>
            {p.text}
            <span className="sr-only">]</span>
          </ins>
        ),
      )}
    </p>
  );
}

function DiffListView({ ops }: { ops: TokenOp<string>[] }) {
  const { t } = useTranslation('staf');
  const items = ops.flatMap((o) => o.items.map((text) => ({ kind: o.kind, text })));
  return (
    <ul className="st-diff__list">
      {items.map((x, i) => (
        <li key={i}>
          {x.kind === 'same' ? (
            x.text
          ) : x.kind === 'removed' ? (
            <del className="st-diff__del" data-testid="diff-removed">
              <span className="sr-only">[{t('case.drafts.removed')} </span>
              {x.text}
              <span className="sr-only">]</span>
            </del>
          ) : (
            <ins className="st-diff__ins" data-testid="diff-added">
              <span className="sr-only">[{t('case.drafts.added')} </span>
              {x.text}
              <span className="sr-only">]</span>
            </ins>
          )}
        </li>
      ))}
    </ul>
  );
}
