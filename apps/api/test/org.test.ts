import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { complaints, users } from '../src/db/schema';
import { buildTestApp, loginAs, type App } from './helper';
import { testDbKind } from './test-db';

interface Person {
  id: string;
  username: string;
  name: string;
}
interface Org {
  bidang: {
    id: string;
    code: string;
    name: string;
    head: Person | null;
    seksi: { id: string; code: string; name: string; head: Person | null; officers: (Person & { activeCases: number })[] }[];
  }[];
  kepalaOpd: Person | null;
  tataUsaha: Person[];
}

const sorted = (xs: string[]) => [...xs].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

describe(`GET /api/v1/org (${testDbKind()})`, () => {
  let app: App;
  beforeAll(async () => {
    app = await buildTestApp();
  });
  afterAll(() => app.close());

  const getOrg = async (headers: Record<string, string>) => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/org', headers });
    expect(res.statusCode).toBe(200);
    return res.json() as Org;
  };

  it('answers 401 without a token', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/org' });
    expect(res.statusCode).toBe(401);
    expect(res.headers['www-authenticate']).toMatch(/^Bearer/);
  });

  it('names the whole demo organisation, for any staff role', async () => {
    const org = await getOrg((await loginAs(app, 'petugas.pskba.1')).auth);

    expect(org.bidang.length).toBeGreaterThanOrEqual(2);
    expect(org.bidang.map((b) => b.code)).toEqual(sorted(org.bidang.map((b) => b.code)));
    for (const b of org.bidang) {
      expect(Object.keys(b).sort()).toEqual(['code', 'head', 'id', 'name', 'seksi']);
      expect(b.head).toEqual({ id: expect.any(String), username: `kabid.${b.code.toLowerCase()}`, name: expect.any(String) });
      expect(b.seksi.length).toBeGreaterThanOrEqual(2);
      expect(b.seksi.map((s) => s.code)).toEqual(sorted(b.seksi.map((s) => s.code)));
      for (const s of b.seksi) {
        expect(Object.keys(s).sort()).toEqual(['code', 'head', 'id', 'name', 'officers']);
        expect(s.head?.username).toBe(`kasi.${s.code.toLowerCase()}`);
        expect(s.officers.length).toBeGreaterThanOrEqual(2);
        expect(s.officers.map((o) => o.username)).toEqual(sorted(s.officers.map((o) => o.username)));
        for (const o of s.officers) {
          expect(o).toEqual({ id: expect.any(String), username: expect.any(String), name: expect.any(String), activeCases: 0 });
          expect(o.username.startsWith(`petugas.${s.code.toLowerCase()}.`)).toBe(true);
        }
      }
    }
    expect(org.kepalaOpd).toEqual({ id: expect.any(String), username: 'kadis', name: expect.any(String) });
    expect(org.tataUsaha.map((u) => u.username)).toEqual(['tu', 'tu2']);
    // No passwords, no admin.
    const text = JSON.stringify(org);
    expect(text).not.toMatch(/argon2|password|"admin"/i);

    for (const who of ['admin', 'kadis', 'tu', 'kabid.linjamsos', 'kasi.jsk']) {
      expect(await getOrg((await loginAs(app, who)).auth)).toEqual(org);
    }
  });

  it("counts each officer's cases in inspection and first draft, and leaves out disabled users", async () => {
    const { auth } = await loginAs(app, 'kasi.pskba');
    const before = await getOrg(auth);
    const seksiNode = before.bidang.flatMap((b) => b.seksi.map((s) => ({ b, s }))).find(({ s }) => s.code === 'PSKBA')!;
    const [o1, o2] = seksiNode.s.officers;
    const now = new Date();
    const base = {
      trackingSecretHash: 'x',
      type: 'PENGADUAN' as const,
      channel: 'ONLINE' as const,
      content: 'Bantuan sosial korban banjir belum diterima oleh warga RT 05.',
      reporterCiphertext: 'x',
      bidangId: seksiNode.b.id,
      seksiId: seksiNode.s.id,
      stepEnteredAt: now,
      submittedAt: now,
    };
    await app.db.insert(complaints).values([
      { ...base, trackingCode: 'ORG-T-1', step: 'PEMERIKSAAN', officerId: o1!.id },
      { ...base, trackingCode: 'ORG-T-2', step: 'DRAFT_AWAL', officerId: o1!.id },
      { ...base, trackingCode: 'ORG-T-3', step: 'KOREKSI_SEKSI', officerId: o1!.id }, // with the Kepala Seksi now
      { ...base, trackingCode: 'ORG-T-4', step: 'PEMERIKSAAN', officerId: o2!.id },
      { ...base, trackingCode: 'ORG-T-5', step: 'SELESAI', officerId: o2!.id },
    ]);
    await app.db.update(users).set({ active: false }).where(eq(users.username, 'tu2'));

    const after = await getOrg(auth);
    const officers = after.bidang.flatMap((b) => b.seksi).find((s) => s.code === 'PSKBA')!.officers;
    expect(officers.map((o) => [o.username, o.activeCases])).toEqual([
      [o1!.username, 2],
      [o2!.username, 1],
    ]);
    expect(after.tataUsaha.map((u) => u.username)).toEqual(['tu']);
    await app.db.update(users).set({ active: true }).where(eq(users.username, 'tu2'));
  });
});
