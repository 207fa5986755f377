/**
 * Hands a fetched file to the browser as a download. Files the API serves only with the access
 * token (documents, the agenda CSV) cannot be plain links: they are fetched as a blob
 * (`authDownload` in lib/staff-api.ts) and saved through a temporary object URL.
 */
export function saveBlob(blob: Blob, filename: string): void {
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = filename;
  a.rel = 'noopener';
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Some browsers read the URL after click() returns: revoke it a little later.
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}

/** The usual file extension of a media type the API serves. */
export function extensionOf(mediaType: string | undefined): string {
  switch (mediaType) {
    case 'image/jpeg':
      return 'jpg';
    case 'image/png':
      return 'png';
    case 'text/csv':
      return 'csv';
    default:
      return 'pdf';
  }
}
