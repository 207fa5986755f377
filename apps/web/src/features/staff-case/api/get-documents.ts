/**
 * GET /api/v1/complaints/{id}/documents — the case's documents, each with the `url` that serves its
 * file (PDF for the lembar disposisi, LHP, drafts and the signed letter; attachments as uploaded).
 * The file needs the access token, so it is downloaded with `authDownload`, never linked.
 */
import { useQuery } from '@tanstack/react-query';
import type { TDocumentKind } from '@sigap/shared';
import { authDownload, staffApi } from '@/lib/staff-api';
import { complaintKeys } from '@/lib/staff-query-keys';
import { extensionOf, saveBlob } from '@/features/staff-ui/utils/save-file';

export interface CaseDocumentFile {
  id: string;
  kind: TDocumentKind;
  title: string;
  version: number;
  createdAt: string;
  url: string;
  sha256?: string;
  mediaType: string;
  sizeBytes?: number;
}

export function getDocuments(id: string): Promise<CaseDocumentFile[]> {
  return staffApi.get<CaseDocumentFile[]>(`/v1/complaints/${encodeURIComponent(id)}/documents`);
}

export function useDocuments(id: string, enabled: boolean) {
  return useQuery({ queryKey: complaintKeys.documents(id), queryFn: () => getDocuments(id), enabled });
}

/** Saves a document's file through the browser's download (the server names it). */
export async function downloadDocument(doc: Pick<CaseDocumentFile, 'url' | 'title'> & { mediaType?: string }): Promise<void> {
  const { blob, filename } = await authDownload(doc.url);
  saveBlob(blob, filename ?? `${doc.title}.${extensionOf(doc.mediaType ?? blob.type)}`);
}
