import { useEffect, useState } from 'react';
import '@/locales/parts/lacak';
import { useIsFetching, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from '@/lib/i18n';
import { useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { Head } from '@/components/seo/head';
import { normalizeCode, trackingKeys, type TLookup } from '@/features/tracking/api/get-public-complaint';
import { TrackForm } from '@/features/tracking/components/track-form';
import { TrackingResult } from '@/features/tracking/components/tracking-result';
import { readTrackingHandoff } from '@/features/tracking/lib/handoff';

/**
 * /lacak: tracking code (prefilled from `?kode=`) and secret → the public status. The secret is
 * never in the URL; when the receipt hands it over in history state, it is read once and the
 * history entry is replaced by one without it.
 */
export function Component() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const kode = normalizeCode(params.get('kode') ?? '');
  const [handoff] = useState(() => readTrackingHandoff(location.state));
  const [lookup, setLookup] = useState<TLookup | null>(() => (handoff && kode ? { code: kode, secret: handoff } : null));
  const [focusResult, setFocusResult] = useState(false);

  useEffect(() => {
    if (handoff) void navigate({ pathname: location.pathname, search: location.search }, { replace: true, state: null });
  }, []); // once, on arrival

  function onLookup(next: TLookup) {
    setFocusResult(true);
    if (lookup && lookup.code === next.code && lookup.secret === next.secret) {
      void queryClient.invalidateQueries({ queryKey: trackingKeys.detail(next) });
    } else {
      setLookup(next);
    }
    if (next.code !== kode) setParams({ kode: next.code }, { replace: true });
  }

  const pending = useIsFetching({ queryKey: lookup ? trackingKeys.detail(lookup) : ['none'] }) > 0;

  return (
    <div className="container page page--narrow">
      <Head title={t('lacak.title')} />
      <h1>{t('lacak.title')}</h1>
      <p>{t('lacak.intro')}</p>
      <TrackForm initialCode={kode} initialSecret={handoff ?? ''} pending={pending} onLookup={onLookup} />
      {lookup ? <TrackingResult key={`${lookup.code}`} lookup={lookup} focusOnResult={focusResult} /> : null}
    </div>
  );
}
