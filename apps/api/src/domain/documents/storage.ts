/**
 * Where uploaded files live. `Storage` is the seam; `LocalDiskStorage` keeps them under
 * DATA_DIR/<key> (DATA_DIR is the `appdata` volume in docker-compose.yml, so back it up with the
 * database). An object store (S3, MinIO) would implement the same three methods with the same keys
 * and be chosen where `storageFor` is.
 *
 * Keys are made by the server (`attachments/<uuid>`), never from an uploaded file's name, and are
 * checked again here so that no key can leave the storage root.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

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

  get(key: string): Promise<Buffer> {
    return readFile(this.file(key));
  }

  async remove(key: string): Promise<void> {
    await rm(this.file(key), { force: true });
  }
}

const byRoot = new Map<string, Storage>();

/** The storage of a deployment (one per DATA_DIR). */
export function storageFor(dataDir: string): Storage {
  let s = byRoot.get(dataDir);
  if (!s) byRoot.set(dataDir, (s = new LocalDiskStorage(dataDir)));
  return s;
}
