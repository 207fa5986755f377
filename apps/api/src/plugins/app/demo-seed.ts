import fp from 'fastify-plugin';
import { seedDemo } from '../../db/seed-demo';

/** Fills an empty demo database with the organisation and users; never in production (env.ts refuses it too). */
export default fp(
  async (fastify) => {
    const { DEMO_MODE, DEMO_PASSWORD, NODE_ENV } = fastify.config;
    if (!DEMO_MODE || NODE_ENV === 'production') return;
    const result = await seedDemo(fastify.db, { password: DEMO_PASSWORD, nodeEnv: NODE_ENV });
    fastify.log.info(result, 'demo seed applied');
  },
  { name: 'demo-seed', dependencies: ['db'] },
);
