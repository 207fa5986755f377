/**
 * The signed letter: public verification (GET facts, POST a file to compare) and immutability
 * (no route changes it, the step has moved on so no draft correction is taken, and the database
 * refuses UPDATE/DELETE/TRUNCATE of its row and bytes).
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchFile, listDocs, type DocItem } from './documents-support';
import { buildTestApp, type App } from './helper';
import { testDbKind } from './test-db';
import { act, caseAt, detail, payload, setupWorld, step, type World } from './workflow-support';

describe(`signed letter verification and immutability (${testDbKind()})`, () => {
  let app: App;
  let world: World;
  let caseId: string;
  let letter: DocItem;
  let original: Buffer;

  beforeAll(async () => {
    app = await buildTestApp();
    world = await setupWorld(app);
    const c = await caseAt(world, 'PENGIRIMAN');
    caseId = c.id;
    letter = (await listDocs(app, world.who.kadis, caseId)).find((d) => d.kind === 'SURAT_TERTANDA')!;
    original = (await fetchFile(app, world.who.kadis, letter.url)).bytes;
  });
  afterAll(() => app.close());

  const verifyUrl = (id: string) => `/api/v1/public/documents/${id}/verification`;
  const post = (id: string, body: Buffer | string, type = 'application/pdf') =>
    app.inject({ method: 'POST', url: verifyUrl(id), payload: body, headers: { 'content-type': type } });

  it('GET answers the facts of a signed letter to anyone, with the integrity-only notice', async () => {
    const { letterNumber } = await detail(world, caseId);
    const res = await app.inject({ url: verifyUrl(letter.id) });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ valid: true, documentId: letter.id, letterNumber, sha256: letter.sha256, method: 'SHA256_INTEGRITY', certified: false });
    expect(new Date(body.signedAt).toISOString()).toBe(letter.createdAt);
    expect(body.notice).toMatch(/bukan tanda tangan elektronik tersertifikasi \(TTE\)/);
    // Nothing about the case or the reporter.
    expect(Object.keys(body).sort()).toEqual(['certified', 'documentId', 'letterNumber', 'method', 'notice', 'sha256', 'signedAt', 'valid']);
  });

  it('GET is 404 for an unknown id, a malformed id, and a document that is not a signed letter', async () => {
    const sheet = (await listDocs(app, world.who.kadis, caseId)).find((d) => d.kind === 'LEMBAR_DISPOSISI')!;
    for (const id of ['00000000-0000-4000-8000-000000000000', 'bukan-id', sheet.id]) {
      const res = await app.inject({ url: verifyUrl(id) });
      expect(res.statusCode, id).toBe(404);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
  });

  it('POST says the signed PDF is valid, and the same PDF with one byte changed is not', async () => {
    const ok = await post(letter.id, original);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ valid: true, sha256: letter.sha256, submittedSha256: letter.sha256 });
    expect(ok.json().notice).toContain('TTE');

    const tampered = Buffer.from(original);
    const middle = Math.floor(tampered.length / 2);
    tampered[middle] = tampered[middle]! ^ 0x01;
    const bad = await post(letter.id, tampered);
    expect(bad.statusCode).toBe(200);
    expect(bad.json()).toMatchObject({ valid: false, sha256: letter.sha256 });
    expect(bad.json().submittedSha256).not.toBe(letter.sha256);

    // One byte appended is another file too.
    expect((await post(letter.id, Buffer.concat([original, Buffer.from('\n')]))).json().valid).toBe(false);
    // application/octet-stream is taken as well.
    expect((await post(letter.id, original, 'application/octet-stream')).json().valid).toBe(true);
  });

  it('POST is 404 for an unknown id, 415 for a body that is not a file, 422 for an empty one, 413 over 10 MB (9 MB is fine)', async () => {
    expect((await post('00000000-0000-4000-8000-000000000000', original)).statusCode).toBe(404);
    expect((await post(letter.id, JSON.stringify({ sha256: letter.sha256 }), 'application/json')).statusCode).toBe(415);
    expect((await post(letter.id, 'teks', 'text/plain')).statusCode).toBe(415);
    expect((await post(letter.id, Buffer.alloc(0))).statusCode).toBe(422);
    // Up to 10 MB is read (above the API's usual body limit) and simply compared.
    const nine = await post(letter.id, Buffer.concat([original, Buffer.alloc(9 * 1024 * 1024)]));
    expect(nine.statusCode, nine.body).toBe(200);
    expect(nine.json().valid).toBe(false);
    const big = await post(letter.id, Buffer.concat([original, Buffer.alloc(10 * 1024 * 1024)]));
    expect(big.statusCode).toBe(413);
    expect(big.json()).toMatchObject({ status: 413, code: 'FILE_TOO_LARGE' });
  });

  it('no route changes a document, and after SIGN no draft correction is taken (409); bytes and hash stay', async () => {
    for (const method of ['PUT', 'PATCH', 'DELETE'] as const) {
      const res = await app.inject({ method, url: letter.url, headers: world.who.kadis.auth, payload: method === 'DELETE' ? undefined : { title: 'x' } });
      expect(res.statusCode, method).toBe(404);
      const res2 = await app.inject({ method, url: `/api/v1/documents/${letter.id}`, headers: world.who.kadis.auth, payload: method === 'DELETE' ? undefined : { title: 'x' } });
      expect(res2.statusCode, method).toBe(404);
    }
    const { version } = await detail(world, caseId);
    const corrected = { terlapor: { name: 'Orang Lain', address: 'Jl. Lain' }, subject: 'Diubah', body: 'Isi diubah setelah tanda tangan.', tembusan: [] };
    for (const [who, action] of [['kadis', 'SIGN'], ['kabid', 'APPROVE_DRAFT_BIDANG'], ['kasi', 'APPROVE_DRAFT_SEKSI'], ['petugas', 'SUBMIT_DRAFT']] as const) {
      const res = await act(world, who, caseId, payload(world, action, version, { draft: corrected }) as Record<string, unknown>);
      expect(res.statusCode, `${who} ${action}: ${res.body}`).toBe(409);
      expect(res.json()).toMatchObject({ code: 'WRONG_STEP', currentStep: 'PENGIRIMAN' });
    }
    const after = await listDocs(app, world.who.kadis, caseId);
    expect(after.filter((d) => d.kind === 'SURAT_TERTANDA')).toEqual([letter]);
    expect((await fetchFile(app, world.who.kadis, letter.url)).bytes.equals(original)).toBe(true);

    // Dispatching and closing the case leaves it as it was.
    await step(world, caseId, 'DISPATCH');
    expect((await fetchFile(app, world.who.kadis, letter.url)).bytes.equals(original)).toBe(true);
    expect((await post(letter.id, original)).json().valid).toBe(true);
  });

  /** The database's own message (drizzle wraps it as the `cause` of "Failed query"). */
  const refusal = async (q: Promise<unknown>) => {
    try {
      await q;
    } catch (e) {
      const err = e as { message: string; cause?: { message?: string } };
      return err.cause?.message ?? err.message;
    }
    return 'accepted';
  };

  it('the database refuses to change or delete a signed letter or its bytes', async () => {
    const id = letter.id;
    expect(await refusal(app.db.execute(sql`update documents set title = 'Surat palsu' where id = ${id}`))).toMatch(/signed letters are immutable/);
    expect(await refusal(app.db.execute(sql`update documents set sha256 = ${'0'.repeat(64)} where id = ${id}`))).toMatch(/immutable/);
    expect(await refusal(app.db.execute(sql`delete from documents where id = ${id}`))).toMatch(/immutable/);
    expect(await refusal(app.db.execute(sql`update document_files set bytes = '\\x00'::bytea where document_id = ${id}`))).toMatch(/immutable/);
    expect(await refusal(app.db.execute(sql`delete from document_files where document_id = ${id}`))).toMatch(/immutable/);
    expect(await refusal(app.db.execute(sql`truncate document_files cascade`))).toMatch(/immutable/);
    expect(await refusal(app.db.execute(sql`truncate documents cascade`))).toMatch(/immutable/);
    // No other document can be turned into a signed letter either.
    const sheet = (await listDocs(app, world.who.kadis, caseId)).find((d) => d.kind === 'LEMBAR_DISPOSISI')!;
    expect(await refusal(app.db.execute(sql`update documents set kind = 'SURAT_TERTANDA' where id = ${sheet.id}`))).toMatch(/immutable/);
    // The guard is aimed: other documents' rows are ordinary.
    expect(await refusal(app.db.execute(sql`update documents set title = title where id = ${sheet.id}`))).toBe('accepted');

    expect((await fetchFile(app, world.who.kadis, letter.url)).bytes.equals(original)).toBe(true);
    expect((await app.inject({ url: verifyUrl(id) })).json()).toMatchObject({ valid: true, sha256: letter.sha256 });
  });
});
