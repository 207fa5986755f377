/**
 * Where uploaded files live. `Storage` is the seam with two implementations, chosen by `storageFor`
 * from the environment: `LocalDiskStorage` keeps them under DATA_DIR/<key> (DATA_DIR is the
 * `appdata` volume in docker-compose.yml, so back it up with the database); `S3Storage` puts them
 * in an S3-compatible bucket (AWS S3, MinIO, …) when S3_ENDPOINT and its companions are set, so
 * that several API replicas share the files. Both are tested (test/storage.test.ts).
 *
 * Keys are made by the server (`attachments/<uuid>`), never from an uploaded file's name, and are
 * checked again here so that no key can leave the storage root.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { AwsClient } from 'aws4fetch';
import type { Env, S3Config } from '../../env';

export interface Storage {
  put(key: string, bytes: Uint8Array): Promise<void>;
  get(key: string): Promise<Buffer>;
  /** Idempotent. */
  remove(key: string): Promise<void>;
}

const KEY = /^[a-z]+\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const newAttachmentKey = () => `attachments/${randomUUID()}`;

export class LocalDiskStorage implements Storage {
  constructor(private readonly root: string) {}

  private file(key: string): string {
    if (!KEY.test(key)) throw new Error(`invalid storage key: ${JSON.stringify(key)}`);
    return path.join(this.root, ...key.split('/'));
  }

  async put(key: string, bytes: Uint8Array): Promise<void> {
    const file = this.file(key);
    await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
    // Written aside and renamed: a reader never sees half a file; `wx` never overwrites.
    const partial = `${file}.${process.pid}.partial`;
    await writeFile(partial, bytes, { flag: 'wx', mode: 0o600, flush: true });
    await rename(partial, file);
  }

  async get(key: string): Promise<Buffer> {
    try {
      return await readFile(this.file(key));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new MissingObjectError(key);
      throw err;
    }
  }

  async remove(key: string): Promise<void> {
    await rm(this.file(key), { force: true });
  }
}

/** Raised by `get` for a key the store does not hold. */
export class MissingObjectError extends Error {
  constructor(key: string) {
    super(`no stored object under ${key}`);
    this.name = 'MissingObjectError';
  }
}

/**
 * An S3-compatible bucket, through plain HTTP requests signed with AWS Signature V4 (aws4fetch).
 * Objects are private (no ACL is sent; the API serves them after its own scope check).
 */
export class S3Storage implements Storage {
  private readonly client: AwsClient;

  constructor(private readonly config: S3Config) {
    this.client = new AwsClient({
      accessKeyId: config.accessKeyId,
      secretAccessKey: config.secretAccessKey,
      region: config.region,
      service: 's3',
    });
  }

  private url(key: string): string {
    if (!KEY.test(key)) throw new Error(`invalid storage key: ${JSON.stringify(key)}`);
    const { endpoint, bucket, forcePathStyle } = this.config;
    if (forcePathStyle) return `${endpoint}/${encodeURIComponent(bucket)}/${key}`;
    const u = new URL(endpoint);
    return `${u.protocol}//${bucket}.${u.host}/${key}`;
  }

  private async call(method: 'PUT' | 'GET' | 'DELETE', key: string, body?: Uint8Array): Promise<Response> {
    const init: RequestInit = { method };
    if (body) {
      init.body = body;
      init.headers = { 'content-type': 'application/octet-stream', 'content-length': String(body.byteLength) };
    }
    return this.client.fetch(this.url(key), init);
  }

  async put(key: string, bytes: Uint8Array): Promise<void> {
    const res = await this.call('PUT', key, bytes);
    if (!res.ok) throw new Error(`S3 PUT ${key} answered ${res.status}: ${(await res.text()).slice(0, 200)}`);
    await res.body?.cancel();
  }

  async get(key: string): Promise<Buffer> {
    const res = await this.call('GET', key);
    if (res.status === 404) {
      await res.body?.cancel();
      throw new MissingObjectError(key);
    }
    if (!res.ok) throw new Error(`S3 GET ${key} answered ${res.status}: ${(await res.text()).slice(0, 200)}`);
    return Buffer.from(await res.arrayBuffer());
  }

  async remove(key: string): Promise<void> {
    const res = await this.call('DELETE', key);
    // S3 answers 204 whether or not the object existed; some stores answer 404 for a missing one.
    if (!res.ok && res.status !== 404) throw new Error(`S3 DELETE ${key} answered ${res.status}`);
    await res.body?.cancel();
  }
}

// One client per configuration (a client holds no state that matters: every replica builds its own).
const byConfig = new Map<string, Storage>();

/** The storage of a deployment: the S3 bucket when configured, else DATA_DIR. */
export function storageFor(env: Pick<Env, 'DATA_DIR' | 'S3'>): Storage {
  const id = env.S3 ? `s3:${env.S3.endpoint}/${env.S3.bucket}` : `disk:${env.DATA_DIR}`;
  let s = byConfig.get(id);
  if (!s) byConfig.set(id, (s = env.S3 ? new S3Storage(env.S3) : new LocalDiskStorage(env.DATA_DIR)));
  return s;
}
