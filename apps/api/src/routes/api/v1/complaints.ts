/**
 * The staff side of a case (registered under /api/v1, every route authenticated):
 *
 *   GET  /inbox                          the caller's work items, by role and unit
 *   POST /complaints                     Tata Usaha keys in a paper letter, walk-in or SP4N-LAPOR! forward
 *   GET  /complaints/{id}                the case file
 *   POST /complaints/{id}/transitions    one SOP action (the shared machine decides)
 *   GET  /complaints/{id}/reporter       the reporter's identity, for the roles that need it; audited
 *   GET  /complaints/{id}/history/verify whether the history's hash chain is intact
 *
 * A case outside the caller's scope answers 404, as if it did not exist.
 */
import { ZChainReport, ZInboxQuery, ZInboxResponse, ZStaffComplaintInput, ZStaffSubmitResponse, ZTransitionRequest } from '@sigap/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { auditLog } from '../../../db/schema';
import { applyTransition, caseDetail, decryptReporter, loadCaseInScope, mayViewReporter, submitComplaint } from '../../../domain/complaints';
import { verifyChain } from '../../../domain/history';
import { inbox } from '../../../domain/inbox';
import { ProblemError, ZProblem } from '../../../lib/problem';

const ZId = z.object({ id: z.uuid({ error: 'ID perkara tidak valid.' }) });

const ZCaseDetail = z
  .looseObject({
    id: z.uuid(),
    trackingCode: z.string(),
    step: z.string(),
    version: z.number().int(),
    history: z.array(z.looseObject({ seq: z.number().int(), step: z.string(), enteredAt: z.string() })),
    steps: z.array(z.looseObject({ step: z.string(), enteredAt: z.string(), deadlineAt: z.string().nullable() })),
    documents: z.array(z.looseObject({ id: z.uuid(), kind: z.string(), title: z.string(), createdAt: z.string() })),
  })
  .describe('The case file: form, step, version, per-step history with SLA figures, dispositions, report, drafts, deliveries, documents, available actions');

const errors = { 401: ZProblem, 403: ZProblem, 404: ZProblem, 409: ZProblem, 422: ZProblem };

const routes: FastifyPluginAsyncZod = async (fastify) => {
  const services = () => ({ db: fastify.db, now: fastify.now, reporterKey: fastify.config.REPORTER_KEY });
  // onRequest: who may call comes before what the body says (a stranger gets 401, not 422).
  fastify.addHook('onRequest', fastify.authenticate);

  fastify.get(
    '/inbox',
    {
      schema: {
        tags: ['cases'],
        summary: 'Kotak masuk: perkara yang menunggu tindakan Anda',
        security: [{ bearerAuth: [] }],
        querystring: ZInboxQuery,
        response: { 200: ZInboxResponse, 401: ZProblem, 422: ZProblem },
      },
    },
    async (request) => inbox(fastify.db, request.actor, request.query, fastify.now()),
  );

  fastify.post(
    '/complaints',
    {
      onRequest: fastify.requireRoles('TATA_USAHA'),
      schema: {
        tags: ['cases'],
        summary: 'Input pengaduan dari surat, datang langsung, atau SP4N-LAPOR! (Tata Usaha)',
        security: [{ bearerAuth: [] }],
        body: ZStaffComplaintInput,
        response: { 201: ZStaffSubmitResponse, ...errors },
      },
    },
    async (request, reply) => {
      const { channel, channelRef, receivedAt, ...form } = request.body;
      const result = await submitComplaint(services(), {
        form,
        channel,
        channelRef,
        receivedAt: receivedAt ? new Date(receivedAt) : undefined,
        createdBy: { id: request.actor.id, role: request.actor.role },
      });
      return reply.code(201).send(result);
    },
  );

  fastify.get(
    '/complaints/:id',
    {
      schema: { tags: ['cases'], summary: 'Berkas perkara', security: [{ bearerAuth: [] }], params: ZId, response: { 200: ZCaseDetail, ...errors } },
    },
    async (request) => caseDetail(services(), request.params.id, request.actor),
  );

  fastify.post(
    '/complaints/:id/transitions',
    {
      schema: {
        tags: ['cases'],
        summary: 'Tindakan SOP pada perkara',
        description:
          '`action` + `version` + the action payload. 409 if `version` is stale or the step does not take the action; 403 if the role may not take it; 422 for an invalid payload; 404 outside scope.',
        security: [{ bearerAuth: [] }],
        params: ZId,
        body: ZTransitionRequest,
        response: { 200: ZCaseDetail, ...errors },
      },
    },
    async (request) => {
      await applyTransition(services(), request.params.id, request.actor, request.body);
      return caseDetail(services(), request.params.id, request.actor, { afterOwnAction: true });
    },
  );

  fastify.get(
    '/complaints/:id/reporter',
    {
      schema: {
        tags: ['cases'],
        summary: 'Identitas pelapor (dicatat setiap kali dilihat)',
        description: 'Every call writes an audit row: who, when, which case and why (`purpose`).',
        security: [{ bearerAuth: [] }],
        params: ZId,
        querystring: z.object({ purpose: z.string().trim().max(200).optional().describe('Mengapa identitas dibuka, mis. "menghubungi pelapor untuk jadwal kunjungan"') }),
        response: {
          200: z.object({ name: z.string(), address: z.string(), gender: z.enum(['L', 'P']), phone: z.string(), email: z.string().optional() }),
          ...errors,
        },
      },
    },
    async (request) => {
      const row = await loadCaseInScope(fastify.db, request.params.id, request.actor);
      if (!mayViewReporter(row, request.actor)) {
        throw new ProblemError(403, 'Identitas pelapor dirahasiakan untuk peran Anda.', { code: 'REPORTER_CONFIDENTIAL' });
      }
      await fastify.db.insert(auditLog).values({
        at: fastify.now(),
        actorId: request.actor.id,
        action: 'VIEW_REPORTER',
        complaintId: row.id,
        detail: { role: request.actor.role, purpose: request.query.purpose ?? null },
      });
      return decryptReporter(services(), row);
    },
  );

  fastify.get(
    '/complaints/:id/history/verify',
    {
      schema: {
        tags: ['cases'],
        summary: 'Periksa keutuhan rantai riwayat perkara',
        security: [{ bearerAuth: [] }],
        params: ZId,
        response: { 200: ZChainReport, ...errors },
      },
    },
    async (request) => {
      await loadCaseInScope(fastify.db, request.params.id, request.actor);
      return verifyChain(fastify.db, request.params.id);
    },
  );
};

export default routes;
