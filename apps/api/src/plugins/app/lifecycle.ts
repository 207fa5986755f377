/**
 * Availability: what the API answers while its database is away and while it shuts down.
 *
 * Database outage. A query that fails because PostgreSQL cannot be reached (lib/error-handler.ts
 * `databaseUnavailableCode`) answers 503 + Retry-After and opens a gate: until a probe
 * (`select 1`, every PROBE_INTERVAL_MS) gets an answer again, every /api/v1 request answers the same
 * 503 at once instead of queueing behind the driver's reconnection attempts. postgres.js reconnects
 * by itself; the probe only tells us when it has. /api/health is never gated: it checks for itself.
 *
 * Shutdown. `drain()` (server.ts calls it on SIGTERM) stops taking work: every new request —
 * on a new connection or a kept-alive one — answers 503 + Retry-After + `Connection: close`, while
 * the requests already in flight run to the end (their answers carry `Connection: close` too). It
 * resolves once none is left in flight, or after its timeout; then `close()` stops the listener and
 * closes the database. The listener stays open while draining so that clients and proxies get a
 * 503 they can act on rather than a refused connection. `app.close()` without `drain()` (tests) sets
 * the same 503 through the preClose hook.
 */
import { sql } from 'drizzle-orm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { databaseUnavailableCode, sendDatabaseUnavailable, sendShuttingDown } from '../../lib/error-handler';
import { instanceOf } from '../../lib/problem';

declare module 'fastify' {
  interface FastifyInstance {
    /**
     * Stops taking new requests (503) and resolves when the requests in flight have finished
     * (true) or `timeoutMs` has passed (false). Call `close()` next.
     */
    drain(timeoutMs: number): Promise<boolean>;
    /** Whether the database was found unreachable and has not answered a probe since. */
    databaseDown(): boolean;
  }
}

const PROBE_INTERVAL_MS = 500;

const sleep = (ms: number) =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, ms).unref();
  });

export default fp(
  async (fastify) => {
    let draining = false;
    let closed = false;
    let inFlight = 0;
    /** drain() callers waiting for inFlight to reach 0. */
    const idle = new Set<() => void>();

    // ---- database outage gate -----------------------------------------------------------------
    let dbDown = false;

    // The first probe goes at once, so that a single dropped connection closes the gate only for
    // the moment it takes to find the database answering; after that, every PROBE_INTERVAL_MS.
    const probeUntilAnswered = async () => {
      while (dbDown && !closed) {
        try {
          await fastify.db.execute(sql`select 1`);
          dbDown = false;
          fastify.log.warn('database reachable again');
          return;
        } catch {
          await sleep(PROBE_INTERVAL_MS);
        }
      }
    };

    const markDatabaseDown = (code: string) => {
      if (dbDown || closed) return;
      dbDown = true;
      fastify.log.error({ dbError: code }, 'database unreachable: answering 503 until it is back');
      void probeUntilAnswered();
    };

    fastify.decorate('databaseDown', () => dbDown);

    fastify.addHook('onError', async (_request, _reply, error) => {
      const code = databaseUnavailableCode(error);
      if (code) markDatabaseDown(code);
    });

    // ---- draining ----------------------------------------------------------------------------
    const finished = () => {
      inFlight -= 1;
      if (inFlight === 0) for (const wake of [...idle]) wake();
    };

    fastify.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
      if (draining) return sendShuttingDown(request, reply);
      inFlight += 1;
      let done = false;
      const once = () => {
        if (done) return;
        done = true;
        finished();
      };
      reply.raw.once('finish', once);
      reply.raw.once('close', once);
      const path = instanceOf(request);
      if (dbDown && path.startsWith('/api/v1/')) return sendDatabaseUnavailable(request, reply);
      return undefined;
    });

    // Requests that were already in flight when draining began leave on a closing connection.
    fastify.addHook('onSend', async (_request, reply, payload) => {
      if (draining && !reply.hasHeader('connection')) reply.header('connection', 'close');
      return payload;
    });

    fastify.decorate('drain', (timeoutMs: number) => {
      draining = true;
      if (inFlight === 0) return Promise.resolve(true);
      return new Promise<boolean>((resolve) => {
        const wake = () => {
          clearTimeout(timer);
          idle.delete(wake);
          resolve(true);
        };
        const timer = setTimeout(() => {
          idle.delete(wake);
          resolve(false);
        }, timeoutMs);
        timer.unref();
        idle.add(wake);
      });
    });

    fastify.addHook('preClose', async () => {
      draining = true;
    });
    fastify.addHook('onClose', async () => {
      closed = true;
    });
  },
  { name: 'lifecycle', dependencies: ['db'] },
);
