/** PUT /api/v1/me/preferences with `{ locale?, mail? }` → the preferences as they are now. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ZPreferences, type TPreferences, type TPreferencesUpdate } from '@sigap/shared';
import { staffApi } from '@/lib/staff-api';
import { meKeys } from '@/lib/staff-query-keys';

export function updatePreferences(body: TPreferencesUpdate): Promise<TPreferences> {
  return staffApi.put<TPreferences>('/v1/me/preferences', body, { schema: ZPreferences });
}

export function useUpdatePreferences() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: updatePreferences,
    onSuccess: (prefs) => qc.setQueryData(meKeys.preferences(), prefs),
  });
}
