/**
 * Helpers for the documents tests: the text of a PDF (pdfjs-dist, as a reader would extract it),
 * fetching a document's file, and multipart bodies for uploads.
 */
import { randomBytes } from 'node:crypto';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { expect } from 'vitest';
import type { App, LoggedIn } from './helper';

/** All text of a PDF, items joined by single spaces (line breaks become spaces). */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  // A copy: pdf.js takes ownership of (detaches) the buffer it is given.
  const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false, useSystemFonts: false }).promise;
  try {
    const pages: string[] = [];
    for (let i = 1; i <= pdf.numPages; i++) {
      const content = await (await pdf.getPage(i)).getTextContent();
      pages.push(content.items.map((it) => ('str' in it ? it.str : '')).join(' '));
    }
    return flat(pages.join(' '));
  } finally {
    await pdf.destroy();
  }
}

export const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

export interface DocItem {
  id: string;
  kind: string;
  title: string;
  version: number;
  createdAt: string;
  url: string;
  sha256?: string;
  mediaType: string;
  sizeBytes?: number;
}

export async function listDocs(app: App, who: LoggedIn, complaintId: string): Promise<DocItem[]> {
  const res = await app.inject({ url: `/api/v1/complaints/${complaintId}/documents`, headers: who.auth });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as DocItem[];
}

export async function fetchFile(app: App, who: LoggedIn, url: string) {
  const res = await app.inject({ url, headers: who.auth });
  expect(res.statusCode, res.body).toBe(200);
  return { bytes: res.rawPayload, headers: res.headers };
}

export interface Part {
  filename: string;
  type?: string;
  bytes: Buffer;
  field?: string;
}

/** A multipart/form-data body with file parts (and optional plain fields). */
export function multipart(parts: Part[], fields: Record<string, string> = {}) {
  const boundary = `----sigap${randomBytes(8).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  }
  for (const p of parts) {
    chunks.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${p.field ?? 'file'}"; filename="${p.filename}"\r\nContent-Type: ${p.type ?? 'application/octet-stream'}\r\n\r\n`),
      p.bytes,
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** Small files whose first bytes are what the type check looks at. */
export const SAMPLE = {
  jpeg: (size = 2048) => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]), randomBytes(size)]),
  png: (size = 2048) => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(size)]),
  pdf: () => Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'),
  /** A Windows executable's header (MZ … PE). */
  exe: () => Buffer.concat([Buffer.from('MZ'), Buffer.alloc(58), Buffer.from([0x80, 0, 0, 0]), randomBytes(512)]),
};
