import { sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { RETRY_AFTER_SECONDS } from '../../lib/error-handler';
import { problem, sendProblem, ZProblem } from '../../lib/problem';

const DB_TIMEOUT_MS = 2000;

async function databaseAnswers(run: () => Promise<unknown>): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${DB_TIMEOUT_MS} ms`)), DB_TIMEOUT_MS);
  });
  try {
    await Promise.race([run(), timeout]);
    return true;
  } finally {
    clearTimeout(timer);
  }
}

const health: FastifyPluginAsyncZod = async (fastify) => {
  fastify.get(
    '/health',
    {
      schema: {
        tags: ['health'],
        summary: 'Liveness of the API and its database',
        response: { 200: z.object({ status: z.literal('ok') }), 503: ZProblem },
      },
    },
    async (request, reply) => {
      try {
        await databaseAnswers(() => fastify.db.execute(sql`select 1`));
        return { status: 'ok' as const };
      } catch (err) {
        request.log.error({ err }, 'health check: database not answering');
        reply.header('retry-after', String(RETRY_AFTER_SECONDS));
        return sendProblem(reply, problem(request, 503, 'The database is not answering.'));
      }
    },
  );
};

export default health;
