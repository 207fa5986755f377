/**
 * GET /api/v1/public/complaints/{code} with the X-Tracking-Secret header: the complainant's view
 * (status, step, public milestones). 404 alike for an unknown code and a wrong secret.
 *
 * The answer is typed, not parsed at run time: a zod parse would add the schema library to the
 * tracking page's download for a shape the API already guarantees (its OpenAPI response schema is
 * the same ZTrackingResponse).
 */
import { queryOptions } from '@tanstack/react-query';
import type { TTrackingResponse } from '@sigap/shared';
import { api } from '@/lib/api-client';

export interface TLookup {
  code: string;
  secret: string;
}

/**
 * Query keys (TkDodo's factory). The secret is part of the key because it is part of the question;
 * query keys live only in memory, and `gcTime: 0` drops the entry once no page shows it.
 */
export const trackingKeys = {
  all: ['public-complaints'] as const,
  details: () => [...trackingKeys.all, 'tracking'] as const,
  detail: ({ code, secret }: TLookup) => [...trackingKeys.details(), code, { secret }] as const,
};

export function getPublicComplaint({ code, secret }: TLookup, signal?: AbortSignal): Promise<TTrackingResponse> {
  return api.get<TTrackingResponse>(`/v1/public/complaints/${encodeURIComponent(code)}`, {
    headers: { 'X-Tracking-Secret': secret },
    signal,
  });
}

export function trackingQueryOptions(lookup: TLookup) {
  return queryOptions({
    queryKey: trackingKeys.detail(lookup),
    queryFn: ({ signal }) => getPublicComplaint(lookup, signal),
    gcTime: 0,
  });
}

/** Codes are read out and typed by hand: upper-case, no spaces (the API also maps O→0, I/L→1). */
export function normalizeCode(input: string): string {
  return input.trim().toUpperCase().replace(/\s+/g, '');
}
