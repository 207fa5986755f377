/**
 * Reading the files of a multipart upload (@fastify/multipart, registered by the route plugins with
 * UPLOAD_LIMITS). A file over MAX_ATTACHMENT_BYTES is refused while it streams in (busboy stops at the
 * limit and `toBuffer` throws), so no more than the limit is ever held; form fields are ignored.
 */
import type { FastifyError, FastifyRequest } from 'fastify';
import { ProblemError } from '../../lib/problem';
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS, checkFile, type IncomingFile } from './attachments';

export const UPLOAD_LIMITS = {
  limits: { fileSize: MAX_ATTACHMENT_BYTES, files: MAX_ATTACHMENTS, fields: 10, fieldSize: 1024, parts: 20, headerPairs: 100 },
  throwFileSizeLimit: true,
} as const;

export const VERIFY_BODY_LIMIT = 10 * 1024 * 1024;

export async function readUploadedFiles(request: FastifyRequest): Promise<IncomingFile[]> {
  if (!request.isMultipart()) {
    throw new ProblemError(415, 'Kirim berkas sebagai multipart/form-data.', { code: 'UNSUPPORTED_MEDIA_TYPE' });
  }
  const files: IncomingFile[] = [];
  for await (const part of request.parts()) {
    if (part.type !== 'file') continue;
    const bytes = await part.toBuffer();
    if (bytes.length === 0) continue;
    checkFile(bytes); // 415 as soon as one file is of the wrong type
    files.push({ bytes });
  }
  return files;
}

/** The Indonesian problem for the parsers' size and count errors (the rest pass through unchanged). */
export function translateUploadError(err: FastifyError): unknown {
  switch (err.code) {
    case 'FST_REQ_FILE_TOO_LARGE':
      return new ProblemError(413, `Berkas terlalu besar: paling besar ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB per berkas.`, { code: 'FILE_TOO_LARGE' });
    case 'FST_FILES_LIMIT':
      return new ProblemError(413, `Paling banyak ${MAX_ATTACHMENTS} berkas sekali kirim.`, { code: 'TOO_MANY_FILES' });
    case 'FST_PARTS_LIMIT':
    case 'FST_FIELDS_LIMIT':
      return new ProblemError(413, 'Formulir unggahan memuat terlalu banyak bagian.', { code: 'TOO_MANY_PARTS' });
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new ProblemError(413, `Berkas terlalu besar: paling besar ${VERIFY_BODY_LIMIT / 1024 / 1024} MB.`, { code: 'FILE_TOO_LARGE' });
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return new ProblemError(415, 'Kirim berkas sebagai multipart/form-data.', { code: 'UNSUPPORTED_MEDIA_TYPE' });
    default:
      return err;
  }
}
