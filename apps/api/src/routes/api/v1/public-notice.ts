/**
 * GET /api/v1/public/privacy-notice — what the form's personal-data notice states (UU 27/2022):
 * its version, the legal basis and the retention period currently set by the office.
 */
import { PRIVACY_NOTICE } from '@sigap/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { loadRetention } from '../../../domain/settings';

const routes: FastifyPluginAsyncZod = async (fastify) => {
  fastify.get(
    '/privacy-notice',
    {
      schema: {
        tags: ['public'],
        summary: 'Pemberitahuan pelindungan data pribadi (versi, dasar hukum, masa retensi)',
        response: { 200: z.object({ version: z.string(), legalBasis: z.string(), retentionYears: z.number().int() }) },
      },
    },
    async () => {
      const { retentionYears } = await loadRetention(fastify.db);
      return { version: PRIVACY_NOTICE.version, legalBasis: PRIVACY_NOTICE.legalBasis, retentionYears };
    },
  );
};

export default routes;
