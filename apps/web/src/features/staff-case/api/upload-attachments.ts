/**
 * POST /api/v1/complaints/{id}/attachments — the assigned officer's field photos (multipart, one
 * part per file). The server checks each file by its content (JPEG, PNG, PDF → else 415), its size
 * (≤ 5 MB → else 413) and the case's total (≤ 5 attachments → else 409); the screen checks the same
 * first so the officer learns it before sending (lib/attachment-rules.ts).
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { staffApi } from '@/lib/staff-api';
import { complaintKeys } from '@/lib/staff-query-keys';
import type { CaseDocumentFile } from './get-documents';

export function uploadAttachments(caseId: string, files: readonly File[]): Promise<{ items: CaseDocumentFile[] }> {
  const body = new FormData();
  for (const f of files) body.append('file', f, f.name);
  return staffApi.post<{ items: CaseDocumentFile[] }>(`/v1/complaints/${encodeURIComponent(caseId)}/attachments`, body);
}

export function useUploadAttachments(caseId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (files: readonly File[]) => uploadAttachments(caseId, files),
    // The documents list and the case file (its `documents`) both show the new attachments. Not the
    // whole `detail(id)` prefix: that would fetch the reporter's identity again (an audited read).
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: complaintKeys.detail(caseId), exact: true }),
        qc.invalidateQueries({ queryKey: complaintKeys.documents(caseId) }),
      ]),
  });
}
