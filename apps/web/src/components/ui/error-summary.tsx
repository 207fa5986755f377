import { useTranslation } from '@/lib/i18n';

export interface TErrorSummaryItem {
  /** The id of the field the message belongs to (its input, or the first input of a group). */
  fieldId: string;
  message: string;
}

/**
 * The list of a form's errors at its top (GOV.UK pattern), each a link that moves focus to its field.
 * Announced as an alert when it appears; focus goes to the first invalid field (the form's job).
 * The links focus the field themselves instead of changing the URL's hash, which the router would
 * treat as a navigation.
 */
export function ErrorSummary({ items, title }: { items: TErrorSummaryItem[]; title?: string }) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  return (
    <div className="error-summary" role="alert" aria-labelledby="error-summary-title" data-testid="error-summary">
      <h2 id="error-summary-title" className="error-summary__title">
        {title ?? t('common.errorSummaryTitle', { count: items.length })}
      </h2>
      <ul className="error-summary__list">
        {items.map((item) => (
          <li key={item.fieldId}>
            <a
              href={`#${item.fieldId}`}
              onClick={(e) => {
                const el = document.getElementById(item.fieldId);
                if (!el) return;
                e.preventDefault();
                el.focus();
                el.scrollIntoView({ block: 'center' });
              }}
            >
              {item.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
