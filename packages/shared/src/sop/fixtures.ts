/**
 * Test fixtures for the machine: a small organisation, an actor of each role in scope of a case,
 * and a valid payload for every action. Used by the machine's tests and by the API's matrix tests.
 */
import type { TAction, TRole, TStep } from '../domain';
import type { TTransitionRequestInput } from '../actions';
import { DEFAULT_CALENDAR } from '../calendar';
import type { Actor, CaseSnapshot, MachineContext, OrgIndex } from './machine';

export const FX = {
  bidang: '00000000-0000-4000-8000-0000000000b1',
  otherBidang: '00000000-0000-4000-8000-0000000000b2',
  seksi: '00000000-0000-4000-8000-0000000000c1',
  otherSeksiSameBidang: '00000000-0000-4000-8000-0000000000c2',
  seksiOfOtherBidang: '00000000-0000-4000-8000-0000000000c3',
  officer: '00000000-0000-4000-8000-0000000000d1',
  otherOfficerSameSeksi: '00000000-0000-4000-8000-0000000000d2',
  officerOfOtherSeksi: '00000000-0000-4000-8000-0000000000d3',
} as const;

export const FX_ORG: OrgIndex = {
  bidangIds: [FX.bidang, FX.otherBidang],
  seksiBidang: { [FX.seksi]: FX.bidang, [FX.otherSeksiSameBidang]: FX.bidang, [FX.seksiOfOtherBidang]: FX.otherBidang },
  officerSeksi: { [FX.officer]: FX.seksi, [FX.otherOfficerSameSeksi]: FX.seksi, [FX.officerOfOtherSeksi]: FX.otherSeksiSameBidang },
};

export const fxContext = (now = new Date('2026-11-30T09:00:00+07:00')): MachineContext => ({
  now,
  calendar: DEFAULT_CALENDAR,
  org: FX_ORG,
});

/** A case at `step` assigned so that the in-scope actors below can see it. */
export function fxSnapshot(step: TStep, over: Partial<CaseSnapshot> = {}): CaseSnapshot {
  return {
    step,
    version: 3,
    type: 'PENGADUAN',
    bidangId: FX.bidang,
    seksiId: FX.seksi,
    officerId: FX.officer,
    stepEnteredAt: new Date('2026-11-30T08:00:00+07:00'),
    stepDeadlineAt: new Date('2026-11-30T09:00:00+07:00'),
    letterRecipients: ['PT Contoh Terlapor', 'Pelapor', 'Camat Telanaipura'],
    ...over,
  };
}

/** The actor of each role who is in scope of `fxSnapshot()`. */
export const FX_ACTORS: Record<TRole, Actor> = {
  PEMOHON: { id: '00000000-0000-4000-8000-0000000000a0', role: 'PEMOHON', bidangId: null, seksiId: null },
  TATA_USAHA: { id: '00000000-0000-4000-8000-0000000000a1', role: 'TATA_USAHA', bidangId: null, seksiId: null },
  KEPALA_OPD: { id: '00000000-0000-4000-8000-0000000000a2', role: 'KEPALA_OPD', bidangId: null, seksiId: null },
  KEPALA_BIDANG: { id: '00000000-0000-4000-8000-0000000000a3', role: 'KEPALA_BIDANG', bidangId: FX.bidang, seksiId: null },
  KEPALA_SEKSI: { id: '00000000-0000-4000-8000-0000000000a4', role: 'KEPALA_SEKSI', bidangId: FX.bidang, seksiId: FX.seksi },
  PETUGAS_TEKNIS: { id: FX.officer, role: 'PETUGAS_TEKNIS', bidangId: FX.bidang, seksiId: FX.seksi },
  ADMIN: { id: '00000000-0000-4000-8000-0000000000a5', role: 'ADMIN', bidangId: null, seksiId: null },
};

/** Same roles, scoped elsewhere: other bidang / other seksi / other officer. */
export const FX_OUT_OF_SCOPE_ACTORS: Partial<Record<TRole, Actor>> = {
  KEPALA_BIDANG: { ...FX_ACTORS.KEPALA_BIDANG, id: '00000000-0000-4000-8000-0000000000e3', bidangId: FX.otherBidang },
  KEPALA_SEKSI: { ...FX_ACTORS.KEPALA_SEKSI, id: '00000000-0000-4000-8000-0000000000e4', seksiId: FX.otherSeksiSameBidang },
  PETUGAS_TEKNIS: { ...FX_ACTORS.PETUGAS_TEKNIS, id: FX.otherOfficerSameSeksi },
};

export const FX_DRAFT = {
  terlapor: { name: 'PT Contoh Terlapor', address: 'Jl. Gatot Subroto No. 1, Jambi' },
  subject: 'Tindak lanjut pengaduan masyarakat',
  body: 'Berdasarkan hasil pemeriksaan lapangan, dengan ini kami sampaikan ...',
  tembusan: ['Pelapor', 'Camat Telanaipura'],
};

/** A valid payload for each action, given the fixture organisation and an actor from FX_ACTORS. */
export function fxPayload(action: TAction, version = 3): TTransitionRequestInput {
  switch (action) {
    case 'REGISTER':
      return { action, version, note: 'Surat diterima lengkap' };
    case 'DISPOSE_TO_BIDANG':
      return { action, version, bidangId: FX.bidang, instruction: 'Mohon ditindaklanjuti sesuai ketentuan.' };
    case 'DISPOSE_TO_SEKSI':
      return { action, version, seksiId: FX.seksi, instruction: 'Periksa ke lokasi.' };
    case 'ASSIGN_OFFICER':
      return { action, version, officerId: FX.officer, instruction: 'Segera ke lapangan.' };
    case 'REASSIGN_OFFICER':
      return { action, version, officerId: FX.otherOfficerSameSeksi, instruction: 'Petugas sebelumnya cuti.' };
    case 'SUBMIT_INSPECTION_REPORT':
      return {
        action,
        version,
        report: {
          mode: 'FIELD_VISIT',
          visitedAt: '2026-11-30T10:00:00+07:00',
          location: 'Kel. Telanaipura, Kota Jambi',
          findings: 'Ditemukan ketidaksesuaian dengan persyaratan teknis.',
          meetsTechnicalRequirements: false,
          recommendation: 'Terlapor diminta memperbaiki dalam 14 hari.',
          mediation: 'Para pihak sepakat bermusyawarah.',
        },
      };
    case 'SUBMIT_DRAFT':
      return { action, version, draft: FX_DRAFT };
    case 'APPROVE_DRAFT_SEKSI':
    case 'APPROVE_DRAFT_BIDANG':
    case 'SIGN':
      return { action, version };
    case 'DISPATCH':
      return {
        action,
        version,
        deliveries: [
          { recipient: 'PT Contoh Terlapor', method: 'KURIR' },
          { recipient: 'Pelapor', method: 'EMAIL' },
          { recipient: 'Camat Telanaipura', method: 'POS' },
        ],
      };
    case 'REJECT_INTAKE':
    case 'RETURN_TO_OPD':
    case 'RETURN_TO_BIDANG':
    case 'RETURN_DRAFT_TO_OFFICER':
    case 'RETURN_DRAFT_TO_SEKSI':
    case 'RETURN_DRAFT_TO_BIDANG':
      return { action, version, reason: 'Alasan pengembalian yang jelas.' };
  }
}
