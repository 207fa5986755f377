/**
 * Attachments (LAMPIRAN): the complainant's uploads with the tracking secret and the officer's
 * field photos. Type by magic bytes, size while streaming, count per complaint, names made by the
 * server, served only within the case's scope.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documents } from '../src/db/schema';
import { fetchFile, listDocs, multipart, SAMPLE, type Part } from './documents-support';
import { buildTestApp, type App } from './helper';
import { testDbKind } from './test-db';
import { caseAt, setupWorld, step, submit, type World } from './workflow-support';

const MB = 1024 * 1024;

describe(`attachments (${testDbKind()})`, () => {
  let app: App;
  let world: World;
  beforeAll(async () => {
    app = await buildTestApp();
    world = await setupWorld(app);
  });
  afterAll(() => app.close());

  const publicUpload = (c: { trackingCode: string; trackingSecret: string }, parts: Part[], secret = c.trackingSecret) => {
    const body = multipart(parts);
    return app.inject({ method: 'POST', url: `/api/v1/public/complaints/${c.trackingCode}/attachments`, payload: body.payload, headers: { ...body.headers, 'x-tracking-secret': secret } });
  };
  const staffUpload = (who: keyof World['who'], id: string, parts: Part[]) => {
    const body = multipart(parts);
    return app.inject({ method: 'POST', url: `/api/v1/complaints/${id}/attachments`, payload: body.payload, headers: { ...body.headers, ...world.who[who].auth } });
  };
  const dataDir = () => app.config.DATA_DIR;

  it('the complainant uploads JPEG, PNG and PDF with the tracking secret; staff in scope download them', async () => {
    const c = await submit(app);
    const jpeg = SAMPLE.jpeg();
    const res = await publicUpload(c, [
      { filename: 'foto rumah.jpg', type: 'image/jpeg', bytes: jpeg },
      { filename: 'denah.png', type: 'image/png', bytes: SAMPLE.png() },
      { filename: 'surat.pdf', type: 'application/pdf', bytes: SAMPLE.pdf() },
    ]);
    expect(res.statusCode, res.body).toBe(201);
    const items = res.json().items as { id: string; mediaType: string; sizeBytes: number; sha256: string }[];
    expect(items.map((i) => i.mediaType)).toEqual(['image/jpeg', 'image/png', 'application/pdf']);
    expect(items[0]!.sizeBytes).toBe(jpeg.length);
    // The public answer gives no download URL.
    expect(res.body).not.toContain('/file');

    const list = (await listDocs(app, world.who.tu, c.id)).filter((d) => d.kind === 'LAMPIRAN');
    expect(list.map((d) => d.id)).toEqual(items.map((i) => i.id));
    const file = await fetchFile(app, world.who.tu, list[0]!.url);
    expect(file.bytes.equals(jpeg)).toBe(true);
    expect(file.headers['content-type']).toBe('image/jpeg');
    expect(file.headers['cache-control']).toBe('no-store');
    expect(file.headers['content-disposition']).toMatch(/^attachment; filename="lampiran-[A-Za-z0-9-]+\.jpg"$/);
    expect(file.headers['content-disposition']).not.toContain('foto');
  });

  it('404 alike for a wrong secret and an unknown code', async () => {
    const c = await submit(app);
    expect((await publicUpload(c, [{ filename: 'a.jpg', bytes: SAMPLE.jpeg() }], 'salah')).statusCode).toBe(404);
    expect((await publicUpload({ trackingCode: 'SGP-0000-0000', trackingSecret: c.trackingSecret }, [{ filename: 'a.jpg', bytes: SAMPLE.jpeg() }])).statusCode).toBe(404);
    expect((await listDocs(app, world.who.tu, c.id)).length).toBe(0);
  });

  it('a renamed executable is 415, whatever its name and declared type; nothing is kept', async () => {
    const c = await submit(app);
    const before = readdirSync(dataDir()).includes('attachments') ? readdirSync(path.join(dataDir(), 'attachments')).length : 0;
    const res = await publicUpload(c, [{ filename: 'foto.jpg', type: 'image/jpeg', bytes: SAMPLE.exe() }]);
    expect(res.statusCode).toBe(415);
    expect(res.json()).toMatchObject({ status: 415, code: 'UNSUPPORTED_FILE_TYPE' });
    // One good file with a bad one: all or none.
    const mixed = await publicUpload(c, [{ filename: 'a.jpg', bytes: SAMPLE.jpeg() }, { filename: 'b.png', bytes: Buffer.from('<svg/>') }]);
    expect(mixed.statusCode).toBe(415);
    expect((await listDocs(app, world.who.tu, c.id)).length).toBe(0);
    const after = readdirSync(dataDir()).includes('attachments') ? readdirSync(path.join(dataDir(), 'attachments')).length : 0;
    expect(after).toBe(before);
  });

  it('a file over 5 MB is 413, refused while it streams', async () => {
    const c = await submit(app);
    const res = await publicUpload(c, [{ filename: 'besar.jpg', bytes: SAMPLE.jpeg(5 * MB) }]);
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({ status: 413, code: 'FILE_TOO_LARGE' });
    expect((await listDocs(app, world.who.tu, c.id)).length).toBe(0);
    // Exactly at the limit is fine.
    const edge = await publicUpload(c, [{ filename: 'pas.jpg', bytes: SAMPLE.jpeg(5 * MB - 11) }]);
    expect(edge.statusCode, edge.body).toBe(201);
  });

  it('at most 5 attachments per complaint (409 beyond), counting earlier uploads', async () => {
    const c = await submit(app);
    expect((await publicUpload(c, [1, 2, 3].map((i) => ({ filename: `${i}.jpg`, bytes: SAMPLE.jpeg(64) })))).statusCode).toBe(201);
    const over = await publicUpload(c, [4, 5, 6].map((i) => ({ filename: `${i}.jpg`, bytes: SAMPLE.jpeg(64) })));
    expect(over.statusCode).toBe(409);
    expect(over.json()).toMatchObject({ code: 'ATTACHMENT_LIMIT', limit: 5, existing: 3 });
    expect((await publicUpload(c, [4, 5].map((i) => ({ filename: `${i}.jpg`, bytes: SAMPLE.jpeg(64) })))).statusCode).toBe(201);
    expect((await publicUpload(c, [{ filename: '6.jpg', bytes: SAMPLE.jpeg(64) }])).statusCode).toBe(409);
    // Six in one request are refused by the parser itself.
    const c2 = await submit(app);
    const six = await publicUpload(c2, [1, 2, 3, 4, 5, 6].map((i) => ({ filename: `${i}.jpg`, bytes: SAMPLE.jpeg(64) })));
    expect(six.statusCode).toBe(413);
    expect((await listDocs(app, world.who.tu, c.id)).filter((d) => d.kind === 'LAMPIRAN')).toHaveLength(5);
  });

  it('a traversal file name is stored under a generated name inside DATA_DIR/attachments', async () => {
    const c = await submit(app);
    const res = await publicUpload(c, [{ filename: '../../etc/passwd.jpg', bytes: SAMPLE.jpeg() }, { filename: '..\\..\\boot.ini.png', bytes: SAMPLE.png() }]);
    expect(res.statusCode, res.body).toBe(201);
    const rows = await app.db.select({ storagePath: documents.storagePath, title: documents.title }).from(documents).where(eq(documents.complaintId, c.id));
    for (const r of rows) {
      expect(r.storagePath).toMatch(/^attachments\/[0-9a-f-]{36}$/);
      expect(existsSync(path.join(dataDir(), r.storagePath!))).toBe(true);
      expect(r.title).not.toMatch(/passwd|boot/);
    }
    expect(existsSync(path.join(dataDir(), '..', '..', 'etc', 'passwd.jpg'))).toBe(false);
    const list = await listDocs(app, world.who.tu, c.id);
    for (const d of list) {
      const f = await fetchFile(app, world.who.tu, d.url);
      expect(f.headers['content-disposition']).toMatch(/^attachment; filename="lampiran-[A-Za-z0-9-]+\.(jpg|png)"$/);
    }
  });

  it('the assigned officer adds field photos; other roles 403, other officers 404; served only within scope', async () => {
    const c = await caseAt(world, 'PEMERIKSAAN');
    const photo = SAMPLE.jpeg();
    const res = await staffUpload('petugas', c.id, [{ filename: 'lapangan.jpg', bytes: photo }]);
    expect(res.statusCode, res.body).toBe(201);
    const [item] = res.json().items as { id: string; url: string; kind: string; sha256: string }[];
    expect(item).toMatchObject({ kind: 'LAMPIRAN', url: `/api/v1/documents/${item!.id}/file` });

    expect((await staffUpload('kasi', c.id, [{ filename: 'x.jpg', bytes: photo }])).statusCode).toBe(403);
    expect((await staffUpload('tu', c.id, [{ filename: 'x.jpg', bytes: photo }])).statusCode).toBe(403);
    expect((await staffUpload('petugasOtherOfficer', c.id, [{ filename: 'x.jpg', bytes: photo }])).statusCode).toBe(404);
    expect((await staffUpload('petugasOtherBidang', c.id, [{ filename: 'x.jpg', bytes: photo }])).statusCode).toBe(404);
    const notMultipart = await app.inject({ method: 'POST', url: `/api/v1/complaints/${c.id}/attachments`, payload: { file: 'x' }, headers: world.who.petugas.auth });
    expect(notMultipart.statusCode).toBe(415);

    for (const who of ['kadis', 'tu', 'kabid', 'kasi', 'petugas'] as const) {
      const f = await app.inject({ url: item!.url, headers: world.who[who].auth });
      expect(f.statusCode, who).toBe(200);
      expect(f.rawPayload.equals(photo)).toBe(true);
    }
    for (const who of ['kabidOther', 'kasiOtherSeksi', 'kasiOtherBidang', 'petugasOtherOfficer', 'petugasOtherBidang', 'admin'] as const) {
      expect((await app.inject({ url: item!.url, headers: world.who[who].auth })).statusCode, who).toBe(404);
      expect((await app.inject({ url: `/api/v1/complaints/${c.id}/documents`, headers: world.who[who].auth })).statusCode, who).toBe(404);
    }
  });

  it('no uploads once the case is closed (409)', async () => {
    const c = await submit(app);
    await step(world, c.id, 'REJECT_INTAKE', { reason: 'Pengaduan ganda.' });
    expect((await publicUpload(c, [{ filename: 'a.jpg', bytes: SAMPLE.jpeg() }])).statusCode).toBe(409);
  });
});
