/**
 * The authorization matrix, generated from the shared SOP table:
 * - every route the app registers has an entry in ROUTES (a new route without one fails here);
 * - every action × every cast member (each role in scope, and other bidang / other seksi / other
 *   officer) answers exactly the status the table and the scope rules give;
 * - reading a case and its reporter follows the same scope.
 */
import { ACTIONS, ACTION_STEP, ACTION_ROLE, inScope, type Actor, type TAction } from '@sigap/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type App } from './helper';
import { testDbKind } from './test-db';
import { act, actorOf, CAST, caseAt, detail, payload, setupWorld, step, type CastRole, type World } from './workflow-support';

type Access = 'PUBLIC' | 'STAFF' | 'CASE' | readonly Actor['role'][];

/** Who may call each route. CASE: any staff member, then the case's scope decides (tested below). */
const ROUTES: Record<string, Access> = {
  'GET /api/health': 'PUBLIC',
  'GET /api/v1/openapi.json': 'PUBLIC',
  'POST /api/v1/public/complaints': 'PUBLIC',
  'GET /api/v1/public/complaints/:trackingCode': 'PUBLIC',
  'GET /api/v1/public/complaints/:trackingCode/surat': 'PUBLIC',
  'POST /api/v1/auth/login': 'PUBLIC',
  'POST /api/v1/auth/refresh': 'PUBLIC',
  'POST /api/v1/auth/logout': 'PUBLIC',
  'GET /api/v1/auth/me': 'STAFF',
  'GET /api/v1/org': 'STAFF',
  'GET /api/v1/calendar': 'STAFF',
  'GET /api/v1/inbox': 'STAFF',
  'POST /api/v1/complaints': ['TATA_USAHA'],
  'GET /api/v1/complaints/:id': 'CASE',
  'POST /api/v1/complaints/:id/transitions': 'CASE',
  'GET /api/v1/complaints/:id/reporter': 'CASE',
  'GET /api/v1/complaints/:id/history/verify': 'CASE',
  'GET /api/v1/complaints/:id/documents': 'CASE',
  'GET /api/v1/documents/:id/file': 'CASE',
  'POST /api/v1/complaints/:id/attachments': ['PETUGAS_TEKNIS'],
  'GET /api/v1/agenda': ['TATA_USAHA', 'KEPALA_OPD'],
  'GET /api/v1/public/documents/:id/verification': 'PUBLIC',
  'POST /api/v1/public/documents/:id/verification': 'PUBLIC',
  'POST /api/v1/public/complaints/:trackingCode/attachments': 'PUBLIC',
  'GET /api/v1/audit/reporter-views': ['KEPALA_OPD'],
  'GET /api/v1/admin/users': ['ADMIN'],
  'POST /api/v1/admin/users': ['ADMIN'],
  'PATCH /api/v1/admin/users/:id': ['ADMIN'],
  'POST /api/v1/admin/users/:id/revoke-sessions': ['ADMIN'],
  'POST /api/v1/admin/personal-data/search': ['ADMIN'],
  'GET /api/v1/admin/complaints/:id/personal-data': ['ADMIN'],
  'POST /api/v1/admin/complaints/:id/personal-data/erase': ['ADMIN'],
  'POST /api/v1/admin/personal-data/apply-retention': ['ADMIN'],
  'GET /api/v1/admin/settings/retention': ['ADMIN'],
  'PUT /api/v1/admin/settings/retention': ['ADMIN'],
  'GET /api/v1/public/privacy-notice': 'PUBLIC',
  'PUT /api/v1/admin/calendar': ['ADMIN'],
  'GET /api/v1/notifications': 'STAFF',
  'POST /api/v1/notifications/:id/read': 'STAFF',
  'POST /api/v1/notifications/read-all': 'STAFF',
  'GET /api/v1/me/preferences': 'STAFF',
  'PUT /api/v1/me/preferences': 'STAFF',
  'GET /api/v1/admin/outbox': ['ADMIN'],
  'GET /api/v1/reports/summary': ['KEPALA_OPD', 'KEPALA_BIDANG', 'KEPALA_SEKSI'],
  'GET /api/v1/reports/cases': ['KEPALA_OPD', 'KEPALA_BIDANG', 'KEPALA_SEKSI'],
  'GET /api/v1/reports/export': ['KEPALA_OPD', 'KEPALA_BIDANG', 'KEPALA_SEKSI'],
  'POST /api/v1/admin/outbox/:id/retry': ['ADMIN'],
  'POST /api/v1/auth/change-password': 'STAFF',
  'POST /api/v1/admin/users/:id/reset-password': ['ADMIN'],
  'GET /api/v1/admin/org': ['ADMIN'],
  'POST /api/v1/admin/bidang': ['ADMIN'],
  'PATCH /api/v1/admin/bidang/:id': ['ADMIN'],
  'DELETE /api/v1/admin/bidang/:id': ['ADMIN'],
  'POST /api/v1/admin/seksi': ['ADMIN'],
  'PATCH /api/v1/admin/seksi/:id': ['ADMIN'],
  'DELETE /api/v1/admin/seksi/:id': ['ADMIN'],
  'GET /api/v1/public/standards': 'PUBLIC',
  'PUT /api/v1/admin/standards/:step': ['ADMIN'],
  'DELETE /api/v1/admin/standards/:step': ['ADMIN'],
};

const ALL_CAST = Object.keys(CAST) as CastRole[];

describe(`authorization matrix (${testDbKind()})`, () => {
  let app: App;
  let world: World;
  const registered: string[] = [];
  beforeAll(async () => {
    app = await buildTestApp({
      setup: (a) => {
        a.addHook('onRoute', (r) => {
          const methods = Array.isArray(r.method) ? r.method : [r.method];
          for (const m of methods) if (m !== 'HEAD' && r.url.startsWith('/api')) registered.push(`${m} ${r.url}`);
        });
      },
    });
    world = await setupWorld(app);
  });
  afterAll(() => app.close());

  const actorOfCast = (c: CastRole): Actor => world.who[c].user as Actor;

  it('every registered API route is in the matrix, and the matrix names no route that is gone', () => {
    const documented = new Set(Object.keys(ROUTES));
    // Documentation pages served by @fastify/swagger-ui are public static files.
    const apiRoutes = registered.filter((r) => !r.includes('/api/docs'));
    expect(apiRoutes.filter((r) => !documented.has(r))).toEqual([]);
    expect([...documented].filter((r) => !apiRoutes.includes(r))).toEqual([]);
  });

  it.each(Object.entries(ROUTES).filter(([, a]) => a !== 'PUBLIC'))('%s: 401 without a session', async (route) => {
    const [method, url] = route.split(' ') as ['GET' | 'POST' | 'PATCH', string];
    const res = await app.inject({ method, url: url.replace(':id', '00000000-0000-4000-8000-000000000000'), payload: method === 'GET' ? undefined : {} });
    expect(res.statusCode).toBe(401);
  });

  it.each(Object.entries(ROUTES).filter(([, a]) => Array.isArray(a) || a === 'STAFF'))('%s: the roles it names, 403 for the rest', async (route, access) => {
    const [method, url] = route.split(' ') as ['GET' | 'POST' | 'PATCH', string];
    // A user outside the cast (tu2) is the target of the admin routes, so the cast keeps its sessions.
    const org = (await app.inject({ url: '/api/v1/org', headers: world.who.tu.auth })).json() as { tataUsaha: { id: string; username: string }[] };
    const target = org.tataUsaha.find((u) => u.username === 'tu2')!.id;
    for (const c of ALL_CAST) {
      const role = actorOfCast(c).role;
      const res = await app.inject({
        method,
        url: url.replace(':id', target),
        headers: world.who[c].auth,
        payload: method === 'GET' ? undefined : {},
      });
      const allowed = access === 'STAFF' || (access as readonly string[]).includes(role);
      if (allowed) expect([401, 403], `${c} on ${route}`).not.toContain(res.statusCode);
      else expect(res.statusCode, `${c} on ${route}`).toBe(403);
    }
  });

  it.each(ACTIONS.map((action) => ({ action, step: ACTION_STEP[action] })))(
    '$action at $step: each cast member gets exactly its status',
    async ({ action, step: atStep }) => {
      const c = await caseAt(world, atStep);
      if (action === 'DISPATCH' || action === 'SIGN') expect(c.detail.drafts.length).toBeGreaterThan(0);
      const snapshot = c.detail.assignment;
      const scopeOf = { bidangId: snapshot.bidang?.id ?? null, seksiId: snapshot.seksi?.id ?? null, officerId: snapshot.officer?.id ?? null };
      const rightful = actorOf(action);
      const others = ALL_CAST.filter((x) => x !== rightful);
      for (const who of [...others, rightful]) {
        const actor = actorOfCast(who);
        const expected = !inScope(scopeOf, actor) ? 404 : ACTION_ROLE[action as TAction] !== actor.role ? 403 : 200;
        const res = await act(world, who, c.id, payload(world, action, c.detail.version) as Record<string, unknown>);
        expect(res.statusCode, `${who} ${action}: ${res.body}`).toBe(expected);
      }
    },
  );

  it('reading a case, its history check, its documents and its reporter follow the scope at every step', async () => {
    const c = await caseAt(world, 'REGISTRASI');
    let d = c.detail;
    for (;;) {
      const scopeOf = { bidangId: d.assignment.bidang?.id ?? null, seksiId: d.assignment.seksi?.id ?? null, officerId: d.assignment.officer?.id ?? null };
      for (const who of ALL_CAST) {
        const actor = actorOfCast(who);
        const visible = inScope(scopeOf, actor);
        const file = await app.inject({ url: `/api/v1/complaints/${c.id}`, headers: world.who[who].auth });
        expect(file.statusCode, `${who} reads at ${d.step}`).toBe(visible ? 200 : 404);
        const chain = await app.inject({ url: `/api/v1/complaints/${c.id}/history/verify`, headers: world.who[who].auth });
        expect(chain.statusCode).toBe(visible ? 200 : 404);
        const documents = await app.inject({ url: `/api/v1/complaints/${c.id}/documents`, headers: world.who[who].auth });
        expect(documents.statusCode, `${who} documents at ${d.step}`).toBe(visible ? 200 : 404);
        const reporter = await app.inject({ url: `/api/v1/complaints/${c.id}/reporter`, headers: world.who[who].auth });
        expect(reporter.statusCode, `${who} reporter at ${d.step}`).toBe(visible ? 200 : 404);
      }
      if (d.step === 'SELESAI') break;
      const next = { REGISTRASI: 'REGISTER', DISPOSISI_OPD: 'DISPOSE_TO_BIDANG', DISPOSISI_BIDANG: 'DISPOSE_TO_SEKSI', PENUGASAN: 'ASSIGN_OFFICER', PEMERIKSAAN: 'SUBMIT_INSPECTION_REPORT', DRAFT_AWAL: 'SUBMIT_DRAFT', KOREKSI_SEKSI: 'APPROVE_DRAFT_SEKSI', TELAAH_BIDANG: 'APPROVE_DRAFT_BIDANG', PENGESAHAN: 'SIGN', PENGIRIMAN: 'DISPATCH' }[d.step] as TAction;
      d = await step(world, c.id, next);
    }
    expect((await detail(world, c.id)).step).toBe('SELESAI');
  });
});
