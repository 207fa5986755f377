/**
 * The notification worker of this replica: the mail sender (domain/notifications/mail-worker.ts)
 * every MAIL_POLL_SECONDS and the SLA scheduler (sla-scan.ts) every SLA_SCAN_SECONDS. Every replica
 * may run it (NOTIFY_WORKER, on by default; off in tests, which drive it with a fake clock): the
 * database decides who sends what, so N replicas send each mail once. A successful POST under
 * /api/v1 wakes the mail loop, so a receipt leaves within moments of the commit, never from
 * inside the request.
 */
import fp from 'fastify-plugin';
import { MailWorker, smtpTransport, type MailRunResult } from '../../domain/notifications/mail-worker';
import { scanSla, type SlaScanResult } from '../../domain/notifications/sla-scan';

declare module 'fastify' {
  interface FastifyInstance {
    notifier: {
      mail: MailWorker;
      /** One pass of the SLA scheduler at the app's clock. */
      scanSla(): Promise<SlaScanResult>;
      /** One pass of the mail sender at the app's clock. */
      sendMail(): Promise<MailRunResult>;
      /** Runs the mail loop now (if this replica runs the worker). */
      wake(): void;
    };
  }
}

interface Loop {
  wake(): void;
  stop(): Promise<void>;
}

export default fp(
  async (fastify) => {
    const cfg = fastify.config;
    const transport = cfg.SMTP_URL ? smtpTransport(cfg.SMTP_URL) : null;
    const log = fastify.log.child({ module: 'notifier' });
    const mail = new MailWorker({
      db: fastify.db,
      now: fastify.now,
      transport,
      from: cfg.MAIL_FROM,
      baseUrl: cfg.PUBLIC_BASE_URL,
      reporterKey: cfg.REPORTER_KEY,
      log,
    });
    const loops: Loop[] = [];

    /** Runs `task` every `seconds`, never two at once; a failure is logged and the loop goes on. */
    const every = (name: string, seconds: number, task: () => Promise<unknown>): Loop => {
      let timer: NodeJS.Timeout | null = null;
      let running: Promise<void> | null = null;
      let again = false;
      let stopped = false;
      const run = () => {
        timer = null;
        if (stopped) return;
        if (running) {
          again = true;
          return;
        }
        running = (async () => {
          try {
            if (!fastify.databaseDown()) await task();
          } catch (err) {
            log.warn({ task: name, err: { message: (err as Error).message } }, 'notification task failed; will try again');
          } finally {
            running = null;
            if (!stopped) schedule(again ? 0 : seconds * 1000);
            again = false;
          }
        })();
      };
      const schedule = (ms: number) => {
        if (timer) clearTimeout(timer);
        timer = setTimeout(run, ms);
        timer.unref();
      };
      schedule(0);
      return {
        wake: () => schedule(0),
        stop: async () => {
          stopped = true;
          if (timer) clearTimeout(timer);
          await running;
        },
      };
    };

    let mailLoop: Loop | null = null;
    fastify.decorate('notifier', {
      mail,
      scanSla: () => scanSla(fastify.db, fastify.now()),
      sendMail: () => mail.runOnce(),
      wake: () => mailLoop?.wake(),
    });

    if (cfg.NOTIFY_WORKER) {
      fastify.addHook('onReady', async () => {
        if (transport) await mail.requeueHeld();
        else log.warn('SMTP_URL is not set: mail is kept in the outbox (HELD), not sent');
        mailLoop = every('mail', cfg.MAIL_POLL_SECONDS, () => mail.runOnce());
        loops.push(mailLoop, every('sla', cfg.SLA_SCAN_SECONDS, () => scanSla(fastify.db, fastify.now())));
      });
      fastify.addHook('onResponse', async (request, reply) => {
        if (request.method === 'POST' && reply.statusCode < 400 && request.url.startsWith('/api/v1/')) mailLoop?.wake();
      });
    }
    // Before the database closes: let a pass in progress finish.
    fastify.addHook('preClose', async () => {
      await Promise.all(loops.map((l) => l.stop()));
      transport?.close();
    });
  },
  { name: 'notifier', dependencies: ['db', 'lifecycle'] },
);
