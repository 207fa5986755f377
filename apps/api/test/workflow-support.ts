/**
 * Test factories for cases: submit a complaint, sign in the demo cast, and walk a case to any step
 * through the real API. Each test creates its own cases and asserts only on them.
 */
import { ACTION_ROLE, type TAction, type TSopStep, type TTransitionRequestInput } from '@sigap/shared';
import { fxPayload } from '@sigap/shared/testing';
import { expect } from 'vitest';
import { loginAs, type App, type LoggedIn } from './helper';

/** The demo users the workflow tests use, by the part they play. */
export const CAST = {
  tu: 'tu',
  kadis: 'kadis',
  admin: 'admin',
  kabid: 'kabid.linjamsos',
  kabidOther: 'kabid.dafduk',
  kasi: 'kasi.pskba',
  kasiOtherSeksi: 'kasi.jsk',
  kasiOtherBidang: 'kasi.idduk',
  petugas: 'petugas.pskba.1',
  petugasOtherOfficer: 'petugas.pskba.2',
  petugasOtherSeksi: 'petugas.jsk.1',
  petugasOtherBidang: 'petugas.idduk.1',
} as const;
export type CastRole = keyof typeof CAST;

export interface World {
  app: App;
  who: Record<CastRole, LoggedIn>;
  ids: { bidang: string; seksi: string; officer: string; otherOfficer: string; otherBidang: string };
}

export async function setupWorld(app: App): Promise<World> {
  const entries = await Promise.all(Object.entries(CAST).map(async ([k, u]) => [k, await loginAs(app, u)] as const));
  const who = Object.fromEntries(entries) as Record<CastRole, LoggedIn>;
  const org = (await app.inject({ url: '/api/v1/org', headers: who.tu.auth })).json() as {
    bidang: { id: string; code: string; seksi: { id: string; code: string; officers: { id: string; username: string }[] }[] }[];
  };
  const b = org.bidang.find((x) => x.code === 'LINJAMSOS')!;
  const s = b.seksi.find((x) => x.code === 'PSKBA')!;
  return {
    app,
    who,
    ids: {
      bidang: b.id,
      seksi: s.id,
      officer: s.officers.find((o) => o.username === CAST.petugas)!.id,
      otherOfficer: s.officers.find((o) => o.username === CAST.petugasOtherOfficer)!.id,
      otherBidang: org.bidang.find((x) => x.code === 'DAFDUK')!.id,
    },
  };
}

let counter = 0;
export function complaintForm(over: Record<string, unknown> = {}) {
  counter += 1;
  return {
    type: 'PENGADUAN',
    content: `Bantuan sosial untuk korban banjir di RT 0${counter % 9} belum tersalurkan sejak bulan lalu (uji ${counter}).`,
    reporter: { name: 'Siti Rahmawati', address: 'Jl. Kol. Abunjani No. 5, Telanaipura, Jambi', gender: 'P', phone: '0812 7400 1234', email: 'siti@example.id' },
    ...over,
  };
}

export async function submit(app: App, over: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const res = await app.inject({ method: 'POST', url: '/api/v1/public/complaints', payload: complaintForm(over), headers });
  expect(res.statusCode, res.body).toBe(201);
  const body = res.json() as { trackingCode: string; trackingSecret: string };
  // The staff id of a case comes from the registry's inbox, as in the office.
  return { ...body, id: await caseIdOf(app, body.trackingCode) };
}

async function caseIdOf(app: App, trackingCode: string): Promise<string> {
  const tu = await loginAs(app, CAST.tu);
  const res = await app.inject({ url: `/api/v1/inbox?q=${trackingCode}`, headers: tu.auth });
  const item = (res.json() as { items: { id: string; trackingCode: string }[] }).items.find((i) => i.trackingCode === trackingCode);
  if (!item) throw new Error(`case ${trackingCode} not in the registry's inbox`);
  return item.id;
}

/** A valid payload for `action` against the demo organisation (LINJAMSOS / PSKBA / petugas.pskba.1). */
export function payload(world: World, action: TAction, version: number, over: Record<string, unknown> = {}): TTransitionRequestInput {
  const base = fxPayload(action, version) as Record<string, unknown>;
  if ('bidangId' in base) base.bidangId = world.ids.bidang;
  if ('seksiId' in base) base.seksiId = world.ids.seksi;
  if (action === 'ASSIGN_OFFICER') base.officerId = world.ids.officer;
  if (action === 'REASSIGN_OFFICER') base.officerId = world.ids.otherOfficer;
  return { ...base, ...over } as TTransitionRequestInput;
}

/** The cast member who takes `action` on a case assigned to LINJAMSOS / PSKBA / petugas.pskba.1. */
export function actorOf(action: TAction): CastRole {
  switch (ACTION_ROLE[action]) {
    case 'TATA_USAHA':
      return 'tu';
    case 'KEPALA_OPD':
      return 'kadis';
    case 'KEPALA_BIDANG':
      return 'kabid';
    case 'KEPALA_SEKSI':
      return 'kasi';
    default:
      return 'petugas';
  }
}

export async function act(world: World, as: CastRole, id: string, body: Record<string, unknown>) {
  return world.app.inject({ method: 'POST', url: `/api/v1/complaints/${id}/transitions`, payload: body, headers: world.who[as].auth });
}

export async function detail(world: World, id: string, as: CastRole = 'kadis') {
  const res = await world.app.inject({ url: `/api/v1/complaints/${id}`, headers: world.who[as].auth });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as CaseDetail;
}

export interface CaseDetail {
  id: string;
  step: string;
  version: number;
  agendaNumber: string | null;
  letterNumber: string | null;
  deadlineAt: string | null;
  slaState: string;
  history: { seq: number; step: string; action: string | null; fromStep: string | null }[];
  steps: { step: string; leftAt: string | null; onTime: boolean | null; deadlineAt: string | null }[];
  documents: { kind: string; title: string }[];
  drafts: { version: number }[];
  deliveries: { recipient: string }[];
  dispositions: { action: string; instruction: string | null; reason: string | null }[];
  availableActions: { action: string }[];
  inspectionReport: { report: { mode: string } } | null;
  assignment: { bidang: { id: string } | null; seksi: { id: string } | null; officer: { id: string } | null };
}

/** Takes `action` as its rightful actor and expects 200; returns the new case file. */
export async function step(world: World, id: string, action: TAction, over: Record<string, unknown> = {}, as?: CastRole) {
  const current = await detail(world, id);
  const res = await act(world, as ?? actorOf(action), id, payload(world, action, current.version, over) as Record<string, unknown>);
  expect(res.statusCode, `${action}: ${res.body}`).toBe(200);
  return res.json() as CaseDetail;
}

/** The SOP's main path: the action that leaves each step. */
export const FORWARD: Partial<Record<TSopStep, TAction>> = {
  REGISTRASI: 'REGISTER',
  DISPOSISI_OPD: 'DISPOSE_TO_BIDANG',
  DISPOSISI_BIDANG: 'DISPOSE_TO_SEKSI',
  PENUGASAN: 'ASSIGN_OFFICER',
  PEMERIKSAAN: 'SUBMIT_INSPECTION_REPORT',
  DRAFT_AWAL: 'SUBMIT_DRAFT',
  KOREKSI_SEKSI: 'APPROVE_DRAFT_SEKSI',
  TELAAH_BIDANG: 'APPROVE_DRAFT_BIDANG',
  PENGESAHAN: 'SIGN',
  PENGIRIMAN: 'DISPATCH',
};

/** A new case walked along the main path until it waits at `target`. */
export async function caseAt(world: World, target: TSopStep | 'SELESAI', over: Record<string, unknown> = {}) {
  const c = await submit(world.app, over);
  let d = await detail(world, c.id);
  while (d.step !== target) {
    const action = FORWARD[d.step as TSopStep];
    if (!action) throw new Error(`no forward action from ${d.step}`);
    d = await step(world, c.id, action);
  }
  return { ...c, detail: d };
}
