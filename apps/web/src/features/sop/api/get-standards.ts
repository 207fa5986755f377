/**
 * GET /api/v1/public/standards: each SOP step's time standard in force (an administrator may have
 * overridden one, e.g. given step 10 a standard). Until it answers, and if it cannot, the page shows
 * the shared SOP table's standards, which are what the API answers when nothing was changed.
 * One request per page view, shared by every component that asks (no TanStack Query on public pages).
 */
import { useEffect, useState } from 'react';
import { SOP_STEPS, SOP_TABLE, type TimeStandard, type TSopStep } from '@sigap/shared';
import { api } from '@/lib/api-client';

export interface StandardInForce {
  standard: TimeStandard | null;
  /** Set by an administrator rather than taken from the SOP. */
  overridden: boolean;
}
export type StandardsInForce = Record<TSopStep, StandardInForce>;

interface ApiItem {
  step: TSopStep;
  standard: TimeStandard | null;
  overridden: boolean;
}

/** The SOP table's own standards: what is shown before (or without) the API's answer. */
export const SOP_DEFAULT_STANDARDS: StandardsInForce = Object.fromEntries(
  SOP_STEPS.map((s) => [s, { standard: SOP_TABLE[s].standard, overridden: false }]),
) as StandardsInForce;

/** The API's items over the defaults; a step the answer does not name keeps the SOP's standard. */
export function standardsFrom(items: readonly ApiItem[]): StandardsInForce {
  const out = { ...SOP_DEFAULT_STANDARDS };
  for (const i of items) if (i.step in out) out[i.step] = { standard: i.standard, overridden: i.overridden };
  return out;
}

let inFlight: Promise<StandardsInForce> | null = null;

function fetchStandards(): Promise<StandardsInForce> {
  // Shared while in flight, forgotten once settled: the next page view asks again, so an
  // administrator's change shows at once.
  inFlight ??= api
    .get<{ items: ApiItem[] }>('/v1/public/standards')
    .then((r) => standardsFrom(r.items))
    .finally(() => {
      inFlight = null;
    });
  return inFlight;
}

export function useStandardsInForce(): StandardsInForce {
  const [value, setValue] = useState<StandardsInForce>(SOP_DEFAULT_STANDARDS);
  useEffect(() => {
    let live = true;
    fetchStandards().then(
      (v) => live && setValue(v),
      () => {}, // the SOP's standards stay
    );
    return () => {
      live = false;
    };
  }, []);
  return value;
}
