/**
 * The receipt's "track now" link carries the secret to the tracking page in the history entry's
 * state (never in the URL). The tracking page reads it once and replaces the entry with one without
 * state, so Back/Forward or a reload never shows it again.
 */
export interface TTrackingHandoff {
  trackingSecret: string;
}

export function trackingHandoff(trackingSecret: string): TTrackingHandoff {
  return { trackingSecret };
}

export function readTrackingHandoff(state: unknown): string | null {
  const secret = (state as Partial<TTrackingHandoff> | null | undefined)?.trackingSecret;
  return typeof secret === 'string' && secret.length > 0 ? secret : null;
}
