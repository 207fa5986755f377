import fp from 'fastify-plugin';
import type { Env } from '../../env';

declare module 'fastify' {
  interface FastifyInstance {
    config: Env;
  }
}

export default fp<{ env: Env }>(
  async (fastify, opts) => {
    fastify.decorate('config', opts.env);
  },
  { name: 'env' },
);
