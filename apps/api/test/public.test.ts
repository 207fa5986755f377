/**
 * The public side: intake (validation, idempotency, rate limit) and tracking (no oracle, no
 * personal data, no internal reasons or instructions).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_USERS } from '../src/db/seed-demo';
import { buildTestApp, type App } from './helper';
import { testDbKind } from './test-db';
import { complaintForm, setupWorld, step, submit, type World } from './workflow-support';

describe(`public intake and tracking (${testDbKind()})`, () => {
  let app: App;
  let world: World;
  beforeAll(async () => {
    app = await buildTestApp({ env: { RATE_LIMIT_SUBMIT_PER_HOUR: 1000 } });
    world = await setupWorld(app);
  });
  afterAll(() => app.close());

  const track = (code: string, secret?: string) =>
    app.inject({ url: `/api/v1/public/complaints/${code}`, headers: secret === undefined ? {} : { 'x-tracking-secret': secret } });

  it('answers 201 with a readable code and a ≥128-bit secret, stored only as a hash', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/v1/public/complaints', payload: complaintForm() });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.trackingCode).toMatch(/^SGP-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(body.trackingSecret.replace(/-/g, '')).toHaveLength(32); // 32 base32 characters = 160 bits
    expect(body).toMatchObject({ status: 'DALAM_PROSES', step: 'REGISTRASI' });
    expect(Date.parse(body.expectedCompletionAt)).toBeGreaterThan(Date.parse(body.submittedAt));
    const stored = await app.db.query.complaints.findFirst({ where: (c, { eq }) => eq(c.trackingCode, body.trackingCode) });
    expect(JSON.stringify(stored)).not.toContain(body.trackingSecret);
    expect(stored!.trackingSecretHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(stored)).not.toContain('Siti Rahmawati'); // identity encrypted at rest
  });

  it('says which field is wrong, in Indonesian (422 problem details)', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/public/complaints',
      payload: { type: 'LAINNYA', content: 'pendek', reporter: { name: '', address: 'Jambi', gender: 'X', phone: '12', email: 'bukan' } },
    });
    expect(res.statusCode).toBe(422);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const paths = Object.fromEntries((res.json().errors as { path: string; message: string }[]).map((e) => [e.path, e.message]));
    expect(paths).toMatchObject({
      type: 'Pilih jenis pengaduan.',
      content: 'Isi pengaduan terlalu singkat (minimal 20 karakter).',
      'reporter.name': 'Wajib diisi.',
      'reporter.gender': 'Pilih jenis kelamin: L atau P.',
      'reporter.email': 'Alamat email tidak valid.',
    });
    expect(paths['reporter.phone']).toContain('Nomor telepon');
  });

  it('an Idempotency-Key retry returns the first answer; the same key with another body is a 422', async () => {
    const form = complaintForm();
    const headers = { 'idempotency-key': `retry-${Date.now()}` };
    const first = await app.inject({ method: 'POST', url: '/api/v1/public/complaints', payload: form, headers });
    const again = await app.inject({ method: 'POST', url: '/api/v1/public/complaints', payload: form, headers });
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(201);
    expect(again.json()).toEqual(first.json());
    expect(again.headers['idempotent-replayed']).toBe('true');
    const other = await app.inject({ method: 'POST', url: '/api/v1/public/complaints', payload: { ...form, content: `${form.content} (diubah)` }, headers });
    expect(other.statusCode).toBe(422);
    expect(other.json().errors[0].path).toBe('headers.idempotency-key');
  });

  it('rate-limits submissions per client address with 429 and Retry-After', async () => {
    const limited = await buildTestApp({ env: { RATE_LIMIT_SUBMIT_PER_HOUR: 2 } });
    try {
      const send = (ip: string) => limited.inject({ method: 'POST', url: '/api/v1/public/complaints', payload: complaintForm(), remoteAddress: ip });
      expect((await send('10.0.0.1')).statusCode).toBe(201);
      expect((await send('10.0.0.1')).statusCode).toBe(201);
      const third = await send('10.0.0.1');
      expect(third.statusCode).toBe(429);
      expect(Number(third.headers['retry-after'])).toBeGreaterThan(0);
      expect(Number(third.headers['retry-after'])).toBeLessThanOrEqual(3600);
      expect(third.json()).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
      expect((await send('10.0.0.2')).statusCode).toBe(201);
    } finally {
      await limited.close();
    }
  });

  it('rate limits follow the clock: submissions per hour and tracking look-ups per minute', async () => {
    let now = new Date('2026-12-01T09:10:00+07:00');
    const timed = await buildTestApp({ env: { RATE_LIMIT_SUBMIT_PER_HOUR: 1, RATE_LIMIT_TRACK_PER_MINUTE: 2 }, clock: () => now });
    try {
      const send = () => timed.inject({ method: 'POST', url: '/api/v1/public/complaints', payload: complaintForm(), remoteAddress: '10.1.1.1' });
      const first = await send();
      expect(first.statusCode).toBe(201);
      const refused = await send();
      expect(refused.statusCode).toBe(429);
      expect(Number(refused.headers['retry-after'])).toBe(50 * 60); // the hour's window ends at 10:00
      now = new Date('2026-12-01T10:00:01+07:00');
      expect((await send()).statusCode).toBe(201);

      const { trackingCode, trackingSecret } = first.json();
      const look = () => timed.inject({ url: `/api/v1/public/complaints/${trackingCode}`, headers: { 'x-tracking-secret': trackingSecret }, remoteAddress: '10.1.1.1' });
      expect((await look()).statusCode).toBe(200);
      expect((await look()).statusCode).toBe(200);
      const third = await look();
      expect(third.statusCode).toBe(429);
      expect(Number(third.headers['retry-after'])).toBeGreaterThan(0);
      now = new Date(now.getTime() + 60_000);
      expect((await look()).statusCode).toBe(200);
    } finally {
      await timed.close();
    }
  });

  it('answers 404 alike for an unknown code and for a wrong secret', async () => {
    const c = await submit(app);
    const wrong = await track(c.trackingCode, 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH');
    const none = await track(c.trackingCode);
    const unknown = await track('SGP-0000-0000', c.trackingSecret);
    for (const r of [wrong, none, unknown]) expect(r.statusCode).toBe(404);
    const strip = (b: Record<string, unknown>) => ({ ...b, instance: undefined });
    expect(strip(wrong.json())).toEqual(strip(unknown.json()));
    expect(strip(none.json())).toEqual(strip(unknown.json()));
    // Codes are typed by hand: lower case and the look-alike letters still find the case.
    const typed = await track(c.trackingCode.toLowerCase(), c.trackingSecret.toLowerCase());
    expect(typed.statusCode).toBe(200);
  });

  it('never shows the reporter, staff names, instructions or internal reasons (canary strings)', async () => {
    const reporter = { name: 'CANARY-NAME Wulan', address: 'CANARY-ADDRESS Jl. Rahasia 1', gender: 'P', phone: '0812 9999 0001', email: 'canary.mail@example.id' };
    const c = await submit(app, { reporter });
    await step(world, c.id, 'REGISTER', { note: 'CANARY-NOTE registrasi' });
    await step(world, c.id, 'DISPOSE_TO_BIDANG', { instruction: 'CANARY-INSTRUCTION-OPD' });
    await step(world, c.id, 'RETURN_TO_OPD', { reason: 'CANARY-REASON-RETURN' });
    await step(world, c.id, 'DISPOSE_TO_BIDANG', { instruction: 'CANARY-INSTRUCTION-OPD-2' });
    await step(world, c.id, 'DISPOSE_TO_SEKSI', { instruction: 'CANARY-INSTRUCTION-BIDANG' });
    await step(world, c.id, 'ASSIGN_OFFICER', { instruction: 'CANARY-INSTRUCTION-SEKSI' });
    const body = (await track(c.trackingCode, c.trackingSecret)).body;
    for (const canary of ['CANARY', 'Wulan', 'Rahasia', '9999', '+6281299990001', 'canary.mail']) expect(body).not.toContain(canary);
    for (const u of DEMO_USERS) {
      expect(body).not.toContain(u.name);
      // ('tu' and 'kadis' are too short to search for: 'status' contains 'tu')
      if (u.username.includes('.')) expect(body).not.toContain(u.username);
    }
    expect(JSON.parse(body).timeline.map((t: { milestone: string }) => t.milestone)).toEqual(['SUBMITTED', 'REGISTERED', 'DISPOSITIONED', 'DISPOSITIONED', 'UNDER_INSPECTION']);
  });
});
