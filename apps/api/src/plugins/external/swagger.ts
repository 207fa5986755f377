/**
 * The OpenAPI 3.1 document, generated from the same zod schemas that validate requests
 * (fastify-type-provider-zod), served at /api/v1/openapi.json; a browsable page at /api/docs.
 * Registered before the routes so that it sees every one of them.
 */
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fp from 'fastify-plugin';
import { createJsonSchemaTransform } from 'fastify-type-provider-zod';

export default fp(
  async (fastify) => {
    await fastify.register(swagger, {
      openapi: {
        openapi: '3.1.0',
        info: {
          title: 'SIGAP API',
          description:
            'Sistem Informasi Penanganan Pengaduan — Dinas Sosial, Kependudukan dan Pencatatan Sipil Provinsi Jambi. Errors are RFC 9457 problem details (application/problem+json).',
          version: '1.0.0',
        },
        tags: [
          { name: 'public', description: 'Complaint portal: submit and track (no account)' },
          { name: 'auth', description: 'Staff sign-in' },
          { name: 'org', description: 'The organisation tree' },
          { name: 'cases', description: 'Inbox, case file and SOP actions' },
          { name: 'reports', description: 'Dashboard figures, the case export and the monthly recap' },
          { name: 'notifications', description: 'The bell: in-app notifications and mail preferences' },
          { name: 'admin', description: 'Users (administrator only)' },
          { name: 'system', description: 'Health' },
        ],
        components: {
          securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
        },
      },
      transform: createJsonSchemaTransform({ skipList: ['/api/docs', '/api/docs/*', '/api/v1/openapi.json'] }),
    });
    await fastify.register(swaggerUi, { routePrefix: '/api/docs' });
    fastify.get('/api/v1/openapi.json', { schema: { hide: true } }, async () => fastify.swagger());
  },
  { name: 'swagger' },
);
