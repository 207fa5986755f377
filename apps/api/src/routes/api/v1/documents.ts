/**
 * A case's documents for staff (registered under /api/v1, every route authenticated):
 *
 *   GET  /complaints/{id}/documents    the list: lembar disposisi, LHP, drafts, signed letter, attachments
 *   GET  /documents/{id}/file          the file (PDF, or the attachment as uploaded), as a download
 *   POST /complaints/{id}/attachments  the assigned officer adds field photos (multipart, JPEG/PNG/PDF)
 *
 * Scope as for the case: a document of a case outside the caller's scope answers 404. There is no
 * route that changes or deletes a document.
 */
import multipart from '@fastify/multipart';
import { ZDocumentKind } from '@sigap/shared';
import type { FastifyError } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { loadCaseInScope } from '../../../domain/complaints';
import { MAX_ATTACHMENTS, MAX_ATTACHMENT_BYTES, saveAttachments } from '../../../domain/documents/attachments';
import { documentFile, fileUrl, listDocuments } from '../../../domain/documents/service';
import { configureDocuments } from '../../../domain/documents/settings';
import { storageFor } from '../../../domain/documents/storage';
import { readUploadedFiles, translateUploadError, UPLOAD_LIMITS } from '../../../domain/documents/upload';
import { errorHandler } from '../../../lib/error-handler';
import { ProblemError, ZProblem } from '../../../lib/problem';

const ZCaseId = z.object({ id: z.uuid({ error: 'ID perkara tidak valid.' }) });
const ZDocumentId = z.object({ id: z.uuid({ error: 'ID dokumen tidak valid.' }) });

export const ZDocumentListItem = z.object({
  id: z.uuid(),
  kind: ZDocumentKind,
  title: z.string(),
  version: z.number().int(),
  createdAt: z.string(),
  url: z.string().describe('GET it with the same session: the file, as a download'),
  sha256: z.string().optional().describe('SHA-256 (hex) of the stored bytes: the signed letter and attachments'),
  mediaType: z.string(),
  sizeBytes: z.number().int().optional(),
});

const errors = { 401: ZProblem, 403: ZProblem, 404: ZProblem, 422: ZProblem };

const routes: FastifyPluginAsyncZod = async (fastify) => {
  // The signed letter is rendered inside the SIGN transaction; it needs the public address for its QR code.
  configureDocuments({ publicBaseUrl: fastify.config.PUBLIC_BASE_URL });
  const storage = storageFor(fastify.config);

  await fastify.register(multipart, UPLOAD_LIMITS);
  fastify.setErrorHandler((err: FastifyError, request, reply) => errorHandler(translateUploadError(err), request, reply));
  fastify.addHook('onRequest', fastify.authenticate);

  fastify.get(
    '/complaints/:id/documents',
    {
      schema: {
        tags: ['documents'],
        summary: 'Dokumen perkara',
        description: 'Lembar disposisi, LHP, draf surat (per versi), surat tertanda, lampiran. 404 outside the caller\'s scope.',
        security: [{ bearerAuth: [] }],
        params: ZCaseId,
        response: { 200: z.array(ZDocumentListItem), ...errors },
      },
    },
    async (request) => listDocuments(fastify.db, request.params.id, request.actor),
  );

  fastify.get(
    '/documents/:id/file',
    {
      schema: {
        tags: ['documents'],
        summary: 'Unduh berkas dokumen',
        description:
          'The file as a download (`Content-Disposition: attachment` with a server-made name, `Cache-Control: no-store`): PDF for LEMBAR_DISPOSISI, LHP, DRAFT_SURAT and SURAT_TERTANDA (the stored, signed bytes); an attachment as its checked type (JPEG, PNG, PDF). 404 outside the caller\'s scope.',
        security: [{ bearerAuth: [] }],
        produces: ['application/pdf', 'image/jpeg', 'image/png'],
        params: ZDocumentId,
        response: errors,
      },
    },
    async (request, reply) => {
      const file = await documentFile(fastify.db, storage, request.params.id, request.actor, fastify.now());
      return reply
        .header('content-type', file.mediaType)
        .header('content-disposition', `attachment; filename="${file.filename}"`)
        .header('cache-control', 'no-store')
        .header('x-content-type-options', 'nosniff')
        .send(file.bytes as never);
    },
  );

  fastify.post(
    '/complaints/:id/attachments',
    {
      onRequest: fastify.requireRoles('PETUGAS_TEKNIS'),
      schema: {
        tags: ['documents'],
        summary: 'Unggah foto lapangan (Petugas Teknis yang ditugaskan)',
        description: `multipart/form-data, one or more file parts. JPEG, PNG or PDF by content (415 otherwise), ≤ ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB each (413), ≤ ${MAX_ATTACHMENTS} attachments per complaint (409). 404 outside the caller's scope; 409 on a closed case.`,
        security: [{ bearerAuth: [] }],
        consumes: ['multipart/form-data'],
        params: ZCaseId,
        response: { 201: z.object({ items: z.array(ZDocumentListItem) }), ...errors, 409: ZProblem, 413: ZProblem, 415: ZProblem },
      },
    },
    async (request, reply) => {
      const row = await loadCaseInScope(fastify.db, request.params.id, request.actor);
      if (row.step === 'SELESAI' || row.step === 'DITOLAK') {
        throw new ProblemError(409, 'Perkara sudah ditutup; lampiran tidak dapat ditambahkan.', { code: 'CASE_CLOSED' });
      }
      const files = await readUploadedFiles(request);
      const saved = await saveAttachments(fastify.db, storage, { complaintId: row.id, files, source: 'PETUGAS', createdBy: request.actor.id, now: fastify.now() });
      return reply.code(201).send({ items: saved.map((d) => ({ ...d, version: 1, url: fileUrl(d.id) })) });
    },
  );
};

export default routes;
