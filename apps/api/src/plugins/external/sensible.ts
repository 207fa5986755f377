import sensible from '@fastify/sensible';

/** fastify.httpErrors and reply.notFound() & co.; the app's error handler turns them into problem details. */
export default sensible;
