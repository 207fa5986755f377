/**
 * Generated bad and hostile input (fast-check): wrong types, huge strings, extra keys such as
 * `step`/`version`/`assignedTo`, unicode tricks, SQL and HTML payloads, broken JSON. Every answer is a
 * 4xx problem+json, never a 5xx, and nothing changes in the database.
 */
import fc from 'fast-check';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { complaints, stepHistory } from '../src/db/schema';
import { buildTestApp, type App } from './helper';
import { testDbKind } from './test-db';
import { caseAt, complaintForm, setupWorld, type World } from './workflow-support';

const HOSTILE_STRINGS = [
  "'; DROP TABLE complaints; --",
  "1' OR '1'='1",
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '\u202Eevil\u202C',
  'zero\u200Bwidth',
  '\u0000nul',
  '../../etc/passwd',
  '{{7*7}}',
  '${jndi:ldap://x}',
  '𝕊𝕀𝔾𝔸ℙ',
  'A'.repeat(70_000),
];

const hostileValue = fc.oneof(
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.string({ maxLength: 50 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant([]),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
);

/** One change that makes a valid complaint form invalid, on top of hostile but valid-looking content. */
const brokenForm = fc
  .record({
    mutation: fc.constantFrom(
      'wrongType',
      'extraKey',
      'extraReporterKey',
      'hugeContent',
      'badPhone',
      'badGender',
      'missingField',
      'badEmail',
      'notAnObject',
    ),
    value: hostileValue,
    key: fc.constantFrom('step', 'version', 'assignedTo', 'officerId', 'trackingCode', 'id', '__proto__x', 'status'),
    field: fc.constantFrom('type', 'content', 'confidential'),
    reporterField: fc.constantFrom('name', 'address', 'gender', 'phone'),
    content: fc.constantFrom(...HOSTILE_STRINGS.slice(0, 11)),
  })
  .map(({ mutation, value, key, field, reporterField, content }) => {
    const form = complaintForm({ content: `Pengaduan uji: ${content} dengan isi yang cukup panjang.` }) as Record<string, unknown>;
    const reporter = { ...(form.reporter as Record<string, unknown>) };
    switch (mutation) {
      case 'wrongType':
        form[field] = typeof value === 'string' && field !== 'content' ? 12345 : field === 'content' ? 42 : value === true || value === false ? 'ya' : value;
        if (field === 'confidential' && typeof form[field] === 'boolean') form[field] = 'true';
        if (field === 'type' && form[field] === 'PENGADUAN') form[field] = 'X';
        break;
      case 'extraKey':
        form[key] = value;
        break;
      case 'extraReporterKey':
        reporter[key] = value;
        break;
      case 'hugeContent':
        form.content = 'A'.repeat(10_001);
        break;
      case 'badPhone':
        reporter.phone = typeof value === 'string' ? `x${value}` : value;
        break;
      case 'badGender':
        reporter.gender = typeof value === 'string' && value !== 'L' && value !== 'P' ? value : 7;
        break;
      case 'missingField':
        delete reporter[reporterField];
        break;
      case 'badEmail':
        reporter.email = `${typeof value === 'string' ? value.replace(/@/g, '') : 'x'}-no-at-sign`;
        break;
      case 'notAnObject':
        return value === null || typeof value !== 'object' || Array.isArray(value) ? value : [value];
    }
    form.reporter = reporter;
    return form;
  });

const brokenJson = fc.constantFrom('{', '{"type":', 'null', '[]', '"x"', '{"type":"PENGADUAN",}', '\u0000', '{"a":1}{"b":2}');

describe(`hostile input (${testDbKind()})`, () => {
  let app: App;
  let world: World;
  let caseId: string;
  let caseVersion: number;
  beforeAll(async () => {
    app = await buildTestApp({ env: { RATE_LIMIT_SUBMIT_PER_HOUR: 100_000, RATE_LIMIT_TRACK_PER_MINUTE: 100_000 } });
    world = await setupWorld(app);
    const c = await caseAt(world, 'DISPOSISI_OPD');
    caseId = c.id;
    caseVersion = c.detail.version;
  });
  afterAll(() => app.close());

  const complaintCount = async () => (await app.db.select({ n: count() }).from(complaints))[0]!.n;
  const expectProblem = (res: { statusCode: number; headers: Record<string, unknown> }) => {
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    expect(res.statusCode).toBeLessThan(500);
    expect(String(res.headers['content-type'])).toContain('application/problem+json');
  };

  it('POST /public/complaints: 1,000 broken forms and broken JSON bodies → 4xx, nothing filed', async () => {
    const before = await complaintCount();
    await fc.assert(
      fc.asyncProperty(fc.oneof({ weight: 9, arbitrary: brokenForm.map((f) => JSON.stringify(f)) }, { weight: 1, arbitrary: brokenJson }), async (body) => {
        const res = await app.inject({ method: 'POST', url: '/api/v1/public/complaints', payload: body, headers: { 'content-type': 'application/json' } });
        expectProblem(res);
      }),
      { numRuns: 1000 },
    );
    expect(await complaintCount()).toBe(before);
  });

  it('a form valid in every way but a NUL character is refused with 422, not a database error', async () => {
    const before = await complaintCount();
    const res = await app.inject({ method: 'POST', url: '/api/v1/public/complaints', payload: complaintForm({ content: 'Isi pengaduan yang cukup panjang \u0000 dengan karakter NUL.' }) });
    expect(res.statusCode).toBe(422);
    expectProblem(res);
    expect(await complaintCount()).toBe(before);
  });

  it('GET /public/complaints/{code}: 1,000 hostile codes and secrets → 4xx, never 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.constantFrom(...HOSTILE_STRINGS.slice(0, 11)), fc.string({ maxLength: 60 })), fc.string({ maxLength: 120 }), async (code, secret) => {
        const res = await app.inject({
          method: 'GET',
          url: `/api/v1/public/complaints/${encodeURIComponent(code || 'x')}`,
          headers: { 'x-tracking-secret': secret.replace(/[^\x20-\x7e]/g, '') },
        });
        expectProblem(res);
      }),
      { numRuns: 1000 },
    );
  });

  it('POST /complaints/{id}/transitions: 200 hostile bodies → 4xx, the case unchanged', async () => {
    const historyBefore = (await app.db.select({ n: count() }).from(stepHistory).where(eq(stepHistory.complaintId, caseId)))[0]!.n;
    const hostileTransition = fc.oneof(
      fc.record({ action: fc.constantFrom('DISPOSE_TO_BIDANG'), version: fc.constant(caseVersion), bidangId: hostileValue, instruction: hostileValue }),
      fc.record({ action: fc.constantFrom('DISPOSE_TO_BIDANG'), version: fc.constant(caseVersion), bidangId: fc.constant(world.ids.bidang), instruction: fc.constant('Tindak lanjuti.'), step: fc.constantFrom('SELESAI', 'PENGIRIMAN'), officerId: hostileValue }),
      fc.record({ action: hostileValue, version: hostileValue }),
      fc.record({ action: fc.constantFrom('SIGN', 'DISPATCH', 'REGISTER'), version: fc.constant(caseVersion), deliveries: hostileValue }),
      fc.record({ action: fc.constantFrom('DISPOSE_TO_BIDANG'), version: fc.oneof(fc.constant(-1), fc.constant(0), fc.constant(1.5), fc.constant('2'), fc.constant(2 ** 40)), bidangId: fc.constant(world.ids.bidang), instruction: fc.constant('x') }),
    );
    await fc.assert(
      fc.asyncProperty(hostileTransition, async (body) => {
        const res = await app.inject({ method: 'POST', url: `/api/v1/complaints/${caseId}/transitions`, payload: body, headers: world.who.kadis.auth });
        expectProblem(res);
      }),
      { numRuns: 200 },
    );
    const after = await app.db.select().from(complaints).where(eq(complaints.id, caseId));
    expect(after[0]).toMatchObject({ step: 'DISPOSISI_OPD', version: caseVersion });
    expect((await app.db.select({ n: count() }).from(stepHistory).where(eq(stepHistory.complaintId, caseId)))[0]!.n).toBe(historyBefore);
  });

  it('staff intake and inbox: 200 hostile inputs each → 4xx, nothing filed', async () => {
    const before = await complaintCount();
    await fc.assert(
      fc.asyncProperty(brokenForm, fc.constantFrom('SURAT', 'DATANG_LANGSUNG', 'SP4N_LAPOR', 'ONLINE', 'X'), async (form, channel) => {
        const body = form && typeof form === 'object' && !Array.isArray(form) ? { ...form, channel } : form;
        const res = await app.inject({ method: 'POST', url: '/api/v1/complaints', payload: JSON.stringify(body), headers: { ...world.who.tu.auth, 'content-type': 'application/json' } });
        expectProblem(res);
      }),
      { numRuns: 200 },
    );
    expect(await complaintCount()).toBe(before);
    await fc.assert(
      fc.asyncProperty(
        fc.record({ limit: fc.oneof(fc.constant('0'), fc.constant('101'), fc.constant('-5'), fc.constant('abc'), fc.constant('1e9')), step: fc.oneof(fc.constant('DROP'), fc.string({ maxLength: 10 })), cursor: fc.string({ maxLength: 40 }) }),
        async (q) => {
          const res = await app.inject({ url: `/api/v1/inbox?limit=${encodeURIComponent(q.limit)}&step=${encodeURIComponent(q.step || 'X')}&cursor=${encodeURIComponent(q.cursor || '!')}`, headers: world.who.tu.auth });
          expectProblem(res);
        },
      ),
      { numRuns: 200 },
    );
  });
});
