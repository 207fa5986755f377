import helmet, { type FastifyHelmetOptions } from '@fastify/helmet';

export const autoConfig: FastifyHelmetOptions = {
  global: true,
  contentSecurityPolicy: {
    directives: {
      // An office may serve SIGAP over plain HTTP on its LAN; upgrading the SPA's asset requests
      // to HTTPS there would break it. TLS, where present, is the reverse proxy's job (with HSTS).
      upgradeInsecureRequests: null,
    },
  },
};

export default helmet;
