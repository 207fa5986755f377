/**
 * The complaint form's state, without react-hook-form (which the public form no longer loads: its
 * ~13 KB gzipped went to the /lapor budget, scripts/bundle-size.mjs). It keeps what the form used
 * of it, the same way: validation on submit, then each changed field re-validated on change; the
 * first field in error (screen order) focused after a refused submit; errors set from the server's
 * 422; `isSubmitting` while the submit handler runs; `reset`.
 */
import { useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import type { TMiniResult } from '@sigap/shared';
import { FIELD_ORDER, fieldId, validateComplaintForm, type TComplaintFormInput, type TComplaintFormOutput, type TFieldName } from './form-schema';

export type TFieldErrors = Partial<Record<TFieldName, { type: string; message: string }>>;

function read(values: TComplaintFormInput, name: TFieldName): unknown {
  if (name.startsWith('reporter.')) return (values.reporter as Record<string, unknown>)[name.slice('reporter.'.length)];
  return (values as Record<string, unknown>)[name];
}

function write(values: TComplaintFormInput, name: TFieldName, value: unknown): TComplaintFormInput {
  if (name.startsWith('reporter.')) return { ...values, reporter: { ...values.reporter, [name.slice('reporter.'.length)]: value } };
  return { ...values, [name]: value };
}

/** The first message at each field's path (what a resolver gives react-hook-form). */
function errorsOf(result: TMiniResult<unknown>): TFieldErrors {
  const errors: TFieldErrors = {};
  if (result.success) return errors;
  for (const issue of result.error.issues) {
    const name = issue.path.join('.') as TFieldName;
    if ((FIELD_ORDER as readonly string[]).includes(name)) errors[name] ??= { type: 'validation', message: issue.message };
  }
  return errors;
}

function focusField(name: TFieldName) {
  document.getElementById(fieldId(name))?.focus();
}

export function useComplaintForm(defaultValues: TComplaintFormInput, onValues: (values: TComplaintFormInput) => void) {
  const [values, setValues] = useState(defaultValues);
  const valuesRef = useRef(defaultValues);
  const [errors, setErrors] = useState<TFieldErrors>({});
  const [isSubmitting, setSubmitting] = useState(false);
  const submitted = useRef(false);

  function update(next: TComplaintFormInput) {
    valuesRef.current = next;
    setValues(next);
    onValues(next);
  }

  function setValue(name: TFieldName, value: unknown) {
    const next = write(valuesRef.current, name, value);
    update(next);
    if (!submitted.current) return;
    const error = errorsOf(validateComplaintForm(next))[name];
    setErrors((prev) => {
      const { [name]: _old, ...rest } = prev;
      return error ? { ...rest, [name]: error } : rest;
    });
  }

  function handleSubmit(onValid: (values: TComplaintFormOutput) => Promise<void>, onInvalid: (errors: TFieldErrors) => void) {
    return async (e?: FormEvent) => {
      e?.preventDefault();
      setSubmitting(true);
      try {
        const result = validateComplaintForm(valuesRef.current);
        if (result.success) {
          setErrors({});
          await onValid(result.data);
        } else {
          const found = errorsOf(result);
          setErrors(found);
          onInvalid(found);
          const first = FIELD_ORDER.find((name) => found[name]);
          if (first) focusField(first);
        }
      } finally {
        submitted.current = true;
        setSubmitting(false);
      }
    };
  }

  function setError(name: TFieldName, error: { type: string; message: string }, { shouldFocus = false } = {}) {
    setErrors((prev) => ({ ...prev, [name]: error }));
    if (shouldFocus) focusField(name);
  }

  function reset(next: TComplaintFormInput) {
    submitted.current = false;
    setErrors({});
    update(next);
  }

  /** Props of a text input or textarea. */
  const text = (name: TFieldName) => ({
    name,
    value: (read(values, name) as string | undefined) ?? '',
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => setValue(name, e.target.value),
  });
  /** Props of one radio of a group (nothing is checked while the value is null). */
  const radio = (name: TFieldName, value: string) => ({
    name,
    value,
    checked: read(values, name) === value,
    onChange: () => setValue(name, value),
  });
  const checkbox = (name: TFieldName) => ({
    name,
    checked: read(values, name) === true,
    onChange: (e: ChangeEvent<HTMLInputElement>) => setValue(name, e.target.checked),
  });

  return { values, errors, isSubmitting, getValues: () => valuesRef.current, handleSubmit, setError, reset, text, radio, checkbox };
}
