/**
 * GET /api/v1/public/privacy-notice: the notice's version, legal basis and the retention period the
 * office has set (an administrator can change it). Until it answers, and if it cannot, the form
 * shows the default from @sigap/shared, which is what the API answers when nothing was set.
 *
 * A small cache of its own rather than TanStack Query, which the public form does not load: the
 * answer is kept an hour (no new request while it is fresh), forgotten five minutes after the last
 * form using it is gone, and a failed request is not retried — as the query it replaces did.
 */
import { useEffect, useState } from 'react';
import { MINI_PRIVACY_NOTICE as PRIVACY_NOTICE } from '@sigap/shared'; // = PRIVACY_NOTICE, without complaint.ts's schemas
import { api } from '@/lib/api-client';

export interface TPrivacyNotice {
  version: string;
  legalBasis: string;
  retentionYears: number;
}

const FRESH_MS = 60 * 60 * 1000;
const FORGET_MS = 5 * 60 * 1000;

let cached: { value: TPrivacyNotice; at: number } | null = null;
let inFlight: Promise<TPrivacyNotice> | null = null;
let users = 0;
let forgetTimer: ReturnType<typeof setTimeout> | undefined;

function fetchNotice(): Promise<TPrivacyNotice> {
  inFlight ??= api
    .get<TPrivacyNotice>('/v1/public/privacy-notice')
    .then((value) => {
      cached = { value, at: Date.now() };
      return value;
    })
    .finally(() => {
      inFlight = null;
    });
  return inFlight;
}

/** The retention period to state on the form, in years after the case closes. */
export function useRetentionYears(): number {
  const [notice, setNotice] = useState(() => cached?.value);
  useEffect(() => {
    users++;
    clearTimeout(forgetTimer);
    let mounted = true;
    if (!cached || Date.now() - cached.at >= FRESH_MS) {
      fetchNotice().then(
        (value) => mounted && setNotice(value),
        () => undefined, // the default stays
      );
    }
    return () => {
      mounted = false;
      if (--users === 0) forgetTimer = setTimeout(() => (cached = null), FORGET_MS);
    };
  }, []);
  return notice?.retentionYears ?? PRIVACY_NOTICE.retentionYears;
}
