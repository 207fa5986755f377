import { useTranslation } from '@/lib/i18n';
import '@/locales/parts/landing';
import { SOP_STEPS, SOP_TABLE } from '@sigap/shared';
import { formatStandard } from '@/lib/format-standard';
import { useStandardsInForce } from '../api/get-standards';

/**
 * The SOP's steps in order, each with its actor and time standard. Order, actors and standards
 * come from the shared SOP table; only the words come from the catalogues.
 */
export function SopSteps({ headingLevel = 3 }: { headingLevel?: 2 | 3 | 4 }) {
  const { t } = useTranslation();
  const standards = useStandardsInForce();
  const Heading = `h${headingLevel}` as const;
  return (
    <ol className="sop-steps" data-testid="sop-steps">
      {SOP_STEPS.map((code) => {
        const step = SOP_TABLE[code];
        return (
          <li key={code} className="sop-step" data-step={code}>
            <span className="sop-step__number" aria-hidden="true">
              {step.number}
            </span>
            <div className="sop-step__body">
              <Heading className="sop-step__title">
                <span className="sr-only">{t('sop.stepNumber', { number: step.number })}: </span>
                {t(`steps.${code}.title`)}
              </Heading>
              <dl className="sop-step__facts">
                <div>
                  <dt>{t('sop.actor')}</dt>
                  <dd>{t(`roles.${step.actor}`)}</dd>
                </div>
                <div>
                  <dt>{t('sop.standard')}</dt>
                  <dd>
                    <span data-testid="sop-standard">{formatStandard(standards[code].standard, t)}</span>
                    {standards[code].overridden ? (
                      <span className="sop-step__override" data-testid="sop-standard-changed">
                        {' '}
                        ({t('sop.standardChanged')})
                      </span>
                    ) : null}
                  </dd>
                </div>
              </dl>
              <p className="sop-step__description">{t(`steps.${code}.description`)}</p>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
