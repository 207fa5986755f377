/**
 * Public routes about documents (registered under /api/v1/public, no account):
 *
 *   GET  /documents/{id}/verification          what the QR code of a signed letter leads to
 *   POST /documents/{id}/verification          is this PDF (raw body) the signed letter? (SHA-256)
 *   POST /complaints/{trackingCode}/attachments the complainant adds files (X-Tracking-Secret)
 *
 * Verification is an integrity check, not a certified electronic signature (TTE): every answer
 * carries a `notice` saying so. Unknown ids, and ids of documents that are not signed letters, are 404.
 */
import multipart from '@fastify/multipart';
import { eq } from 'drizzle-orm';
import type { FastifyError } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { complaints } from '../../../db/schema';
import { MAX_ATTACHMENTS, MAX_ATTACHMENT_BYTES, saveAttachments } from '../../../domain/documents/attachments';
import { signedLetterFacts, verifySignedLetter } from '../../../domain/documents/service';
import { storageFor } from '../../../domain/documents/storage';
import { readUploadedFiles, translateUploadError, UPLOAD_LIMITS, VERIFY_BODY_LIMIT } from '../../../domain/documents/upload';
import { normalizeTrackingCode, trackingSecretMatches } from '../../../domain/tracking';
import { errorHandler } from '../../../lib/error-handler';
import { ProblemError, ZProblem } from '../../../lib/problem';

const ZDocId = z.object({ id: z.string().max(100) });

const ZFacts = z.object({
  valid: z.boolean(),
  documentId: z.uuid(),
  letterNumber: z.string(),
  signedAt: z.string(),
  sha256: z.string().describe('SHA-256 (hex) of the signed letter as stored'),
  method: z.string().describe('SHA256_INTEGRITY: integrity check only'),
  certified: z.boolean().describe('false: not a certified electronic signature (TTE)'),
  notice: z.string(),
});

const PDF_TYPES = ['application/pdf', 'application/octet-stream'];

const routes: FastifyPluginAsyncZod = async (fastify) => {
  const storage = storageFor(fastify.config);
  await fastify.register(multipart, UPLOAD_LIMITS);
  fastify.addContentTypeParser(PDF_TYPES, { parseAs: 'buffer', bodyLimit: VERIFY_BODY_LIMIT }, (_request, body, done) => done(null, body));
  fastify.setErrorHandler((err: FastifyError, request, reply) => errorHandler(translateUploadError(err), request, reply));

  fastify.get(
    '/documents/:id/verification',
    {
      schema: {
        tags: ['public'],
        summary: 'Verifikasi surat tertanda',
        description: 'For a signed letter: `valid: true`, its number, when it was signed and the SHA-256 of the stored PDF. 404 for an unknown id and for any other document.',
        params: ZDocId,
        response: { 200: ZFacts, 404: ZProblem },
      },
    },
    async (request) => ({ valid: true, ...(await signedLetterFacts(fastify.db, request.params.id)) }),
  );

  fastify.post(
    '/documents/:id/verification',
    {
      bodyLimit: VERIFY_BODY_LIMIT,
      schema: {
        tags: ['public'],
        summary: 'Periksa berkas PDF terhadap surat tertanda',
        description: `The PDF as the raw body (Content-Type: application/pdf, ≤ ${VERIFY_BODY_LIMIT / 1024 / 1024} MB). \`valid\` says whether it is byte-identical to the signed letter (SHA-256). An integrity check, not a certified electronic signature (TTE).`,
        consumes: PDF_TYPES,
        params: ZDocId,
        response: { 200: ZFacts.extend({ submittedSha256: z.string().describe('SHA-256 (hex) of the file sent') }), 404: ZProblem, 413: ZProblem, 415: ZProblem, 422: ZProblem },
      },
    },
    async (request) => {
      const body = request.body as unknown;
      if (!Buffer.isBuffer(body)) throw new ProblemError(415, 'Kirim berkas PDF sebagai isi permintaan (Content-Type: application/pdf).', { code: 'UNSUPPORTED_MEDIA_TYPE' });
      if (body.length === 0) throw new ProblemError(422, 'Berkas kosong.', { code: 'EMPTY_FILE', errors: [{ path: '', message: 'Wajib diisi.' }] });
      return verifySignedLetter(fastify.db, request.params.id, body);
    },
  );

  fastify.post(
    '/complaints/:trackingCode/attachments',
    {
      schema: {
        tags: ['public'],
        summary: 'Kirim lampiran pengaduan (pelapor)',
        description: `Header X-Tracking-Secret. multipart/form-data, one or more file parts: JPEG, PNG or PDF by content (415 otherwise), ≤ ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB each (413), ≤ ${MAX_ATTACHMENTS} attachments per complaint (409). 404 alike for an unknown code and a wrong secret; 409 once the case is closed.`,
        consumes: ['multipart/form-data'],
        params: z.object({ trackingCode: z.string().max(40) }),
        headers: z.object({ 'x-tracking-secret': z.string().max(100).optional() }),
        response: {
          201: z.object({ items: z.array(z.object({ id: z.uuid(), title: z.string(), createdAt: z.string(), sha256: z.string(), mediaType: z.string(), sizeBytes: z.number().int() })) }),
          404: ZProblem,
          409: ZProblem,
          413: ZProblem,
          415: ZProblem,
          422: ZProblem,
        },
      },
    },
    async (request, reply) => {
      const code = normalizeTrackingCode(request.params.trackingCode);
      const secret = request.headers['x-tracking-secret'] ?? '';
      const [row] = await fastify.db
        .select({ id: complaints.id, step: complaints.step, trackingSecretHash: complaints.trackingSecretHash })
        .from(complaints)
        .where(eq(complaints.trackingCode, code))
        .limit(1);
      // Compare even when the code is unknown, so both answers take the same time (as the tracking route does).
      const ok = trackingSecretMatches(secret, row?.trackingSecretHash ?? '0'.repeat(64)) && !!row;
      if (!ok || !row) throw new ProblemError(404, 'Kode pelacakan atau kode rahasia tidak cocok.', { code: 'NOT_FOUND' });
      if (row.step === 'SELESAI' || row.step === 'DITOLAK') {
        throw new ProblemError(409, 'Pengaduan sudah selesai; lampiran tidak dapat ditambahkan.', { code: 'CASE_CLOSED' });
      }
      const files = await readUploadedFiles(request);
      const saved = await saveAttachments(fastify.db, storage, { complaintId: row.id, files, source: 'PELAPOR', createdBy: null, now: fastify.now() });
      return reply.code(201).send({ items: saved.map(({ id, title, createdAt, sha256, mediaType, sizeBytes }) => ({ id, title, createdAt, sha256, mediaType, sizeBytes })) });
    },
  );
};

export default routes;
