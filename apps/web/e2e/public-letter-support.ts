/**
 * Helpers of the public letter specs (public-verifikasi, public-surat): a complaint filed online,
 * driven through the SOP with the API (staff-support.ts) up to the signature or the dispatch, and
 * the signed letter as the office stores it.
 */
import { createHash } from 'node:crypto';
import type { APIRequestContext } from '@playwright/test';
import type { TAction } from '@sigap/shared';
import { expect, submitComplaintViaApi, type Receipt } from './fixtures';
import { apiAct, apiGet, apiToken, getCase, MAIN_PATH, U } from './staff-support';

export const sha256 = (bytes: Buffer | Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export interface FiledCase extends Receipt {
  id: string;
}

/** A complaint filed through the public form's API, with its case id (found by Tata Usaha's inbox). */
export async function fileComplaint(request: APIRequestContext): Promise<FiledCase> {
  const receipt = await submitComplaintViaApi(request);
  const inbox = await apiGet<{ items: { id: string; trackingCode: string }[] }>(request, U.tu, `/api/v1/inbox?q=${receipt.trackingCode}`);
  const item = inbox.items.find((i) => i.trackingCode === receipt.trackingCode);
  expect(item, `inbox item for ${receipt.trackingCode}`).toBeTruthy();
  return { ...receipt, id: item!.id };
}

/** Takes the SOP's main path, from wherever the case is, up to and including `last`. */
export async function driveThrough(request: APIRequestContext, id: string, last: TAction): Promise<void> {
  const { step } = await getCase(request, U.tu, id);
  const from = MAIN_PATH.findIndex((p) => p.step === step);
  const to = MAIN_PATH.findIndex((p) => p.action === last);
  expect(from, `case at ${step}`).toBeGreaterThanOrEqual(0);
  for (const { action } of MAIN_PATH.slice(from, to + 1)) await apiAct(request, id, action);
}

export interface SignedLetter {
  id: string;
  sha256: string;
  letterNumber: string;
  bytes: Buffer;
}

/** The case's signed letter: its document id, the stored SHA-256, its number and its bytes. */
export async function signedLetterOf(request: APIRequestContext, caseId: string): Promise<SignedLetter> {
  const docs = await apiGet<{ id: string; kind: string; url: string; sha256?: string }[]>(request, U.kadis, `/api/v1/complaints/${caseId}/documents`);
  const doc = docs.find((d) => d.kind === 'SURAT_TERTANDA');
  expect(doc, 'signed letter').toBeTruthy();
  const res = await request.get(doc!.url, { headers: { Authorization: `Bearer ${await apiToken(request, U.kadis)}` } });
  expect(res.status()).toBe(200);
  const bytes = await res.body();
  expect(sha256(bytes)).toBe(doc!.sha256);
  const { letterNumber } = await getCase(request, U.kadis, caseId);
  expect(letterNumber).toBeTruthy();
  return { id: doc!.id, sha256: doc!.sha256!, letterNumber: letterNumber!, bytes };
}

/** The same file with one byte changed (in the middle, where a PDF's content is). */
export function oneByteChanged(bytes: Buffer): Buffer {
  const copy = Buffer.from(bytes);
  const at = Math.floor(copy.length / 2);
  copy[at] = copy[at]! ^ 0x01;
  return copy;
}
