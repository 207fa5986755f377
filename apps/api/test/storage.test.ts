/**
 * The file storage seam (src/domain/documents/storage.ts): the same contract holds for the data
 * directory and for an S3-compatible bucket, and the API keeps attachments in the bucket when one
 * is configured. The bucket is an S3-protocol server over HTTP (s3rver), started on its own port
 * for this file. s3rver checks the access key of a request but does not recompute V4 signatures;
 * the signing itself is aws4fetch's (tested by its authors against AWS's own test suite).
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { S3Config } from '../src/env';
import { LocalDiskStorage, MissingObjectError, newAttachmentKey, S3Storage, type Storage } from '../src/domain/documents/storage';
import { fetchFile, listDocs, multipart, SAMPLE } from './documents-support';
import { buildTestApp, type App } from './helper';
import { testDbKind } from './test-db';
import { setupWorld, submit, type World } from './workflow-support';

const BUCKET = 'sigap-berkas';
let server: S3rver;
let s3Dir: string;
let s3: S3Config;

beforeAll(async () => {
  s3Dir = mkdtempSync(path.join(tmpdir(), 'sigap-s3-'));
  server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: s3Dir, configureBuckets: [{ name: BUCKET, configs: [] }] });
  const { port } = (await server.run()) as { port: number };
  // s3rver's own credentials; it refuses any other signature.
  s3 = { endpoint: `http://127.0.0.1:${port}`, bucket: BUCKET, region: 'us-east-1', accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER', forcePathStyle: true };
});

afterAll(async () => {
  await server?.close();
  rmSync(s3Dir, { recursive: true, force: true });
});

const implementations: [string, () => Storage][] = [
  ['data directory', () => new LocalDiskStorage(mkdtempSync(path.join(tmpdir(), 'sigap-disk-')))],
  ['S3-compatible bucket', () => new S3Storage(s3)],
];

describe.each(implementations)('storage contract: %s', (_name, make) => {
  it('gives back exactly the bytes it was given', async () => {
    const storage = make();
    const key = newAttachmentKey();
    const bytes = new Uint8Array(300_000).map((_, i) => (i * 31) & 255);
    await storage.put(key, bytes);
    expect(Buffer.compare(await storage.get(key), Buffer.from(bytes))).toBe(0);
  });

  it('says when a key holds nothing, and removing twice is fine', async () => {
    const storage = make();
    const key = newAttachmentKey();
    await expect(storage.get(key)).rejects.toBeInstanceOf(MissingObjectError);
    await storage.put(key, SAMPLE.png());
    await storage.remove(key);
    await storage.remove(key);
    await expect(storage.get(key)).rejects.toBeInstanceOf(MissingObjectError);
  });

  it('refuses a key the server did not make (no way out of the root)', async () => {
    const storage = make();
    for (const bad of ['../etc/passwd', 'attachments/../../x', 'attachments/foto.jpg', '/attachments/00000000-0000-0000-0000-000000000000']) {
      await expect(storage.put(bad, SAMPLE.png())).rejects.toThrow(/invalid storage key/);
      await expect(storage.get(bad)).rejects.toThrow(/invalid storage key/);
    }
  });
});

describe('S3 storage', () => {
  it('sends its credentials: an unknown access key is refused, and the failure is an error, not a silent loss', async () => {
    const wrong = new S3Storage({ ...s3, accessKeyId: 'UNKNOWN' });
    await expect(wrong.put(newAttachmentKey(), SAMPLE.png())).rejects.toThrow(/403.*InvalidAccessKeyId/s);
  });

  it('addresses the bucket as a host name when path style is off', async () => {
    const virtual = new S3Storage({ ...s3, endpoint: 'https://s3.ap-southeast-3.amazonaws.com', forcePathStyle: false });
    const key = newAttachmentKey();
    expect((virtual as unknown as { url(k: string): string }).url(key)).toBe(`https://${BUCKET}.s3.ap-southeast-3.amazonaws.com/${key}`);
  });
});

describe(`attachments in an S3 bucket through the API (${testDbKind()})`, () => {
  let app: App;
  let world: World;
  beforeAll(async () => {
    app = await buildTestApp({
      env: { S3_ENDPOINT: s3.endpoint, S3_BUCKET: BUCKET, S3_ACCESS_KEY_ID: s3.accessKeyId, S3_SECRET_ACCESS_KEY: s3.secretAccessKey },
    });
    world = await setupWorld(app);
  });
  afterAll(() => app?.close());

  it('stores the upload in the bucket, not in DATA_DIR, and serves it to staff in scope', async () => {
    const c = await submit(app);
    const jpeg = SAMPLE.jpeg();
    const body = multipart([{ filename: 'foto.jpg', type: 'image/jpeg', bytes: jpeg }]);
    const res = await app.inject({
      method: 'POST',
      url: `/api/v1/public/complaints/${c.trackingCode}/attachments`,
      payload: body.payload,
      headers: { ...body.headers, 'x-tracking-secret': c.trackingSecret },
    });
    expect(res.statusCode, res.body).toBe(201);

    expect(existsSync(path.join(app.config.DATA_DIR, 'attachments'))).toBe(false);
    const objects = readdirSync(path.join(s3Dir, BUCKET, 'attachments'));
    expect(objects.length).toBeGreaterThanOrEqual(1);

    const doc = (await listDocs(app, world.who.tu, c.id)).find((d) => d.kind === 'LAMPIRAN')!;
    const file = await fetchFile(app, world.who.tu, doc.url);
    expect(file.bytes.equals(jpeg)).toBe(true);
  });
});
