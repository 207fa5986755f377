import { useEffect, useRef } from 'react';

/**
 * Messages of a failed request that belong to no field, above the form. They take focus when they
 * appear, unless a field got a message too (focus went to that field).
 */
export function FormAlert({ messages, takeFocus = true }: { messages: string[]; takeFocus?: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (messages.length && takeFocus) ref.current?.focus();
  }, [messages, takeFocus]);
  return (
    <div ref={ref} tabIndex={-1} className="st-form__status">
      {messages.length ? (
        <div className="notice notice--warning" role="alert" data-testid="form-errors">
          {messages.map((m) => (
            <p key={m}>{m}</p>
          ))}
        </div>
      ) : null}
    </div>
  );
}
