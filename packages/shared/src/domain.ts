/**
 * The SOP's vocabulary: roles, steps, actions, complaint types and channels.
 * Each `as const` array is the single source of its enum, so the UI can loop over it
 * and the database, API and screens use one word for one thing (docs/sop.md).
 */
import { z } from 'zod';

export const ROLES = [
  'PEMOHON',
  'TATA_USAHA',
  'KEPALA_OPD',
  'KEPALA_BIDANG',
  'KEPALA_SEKSI',
  'PETUGAS_TEKNIS',
  'ADMIN',
] as const;
export const ZRole = z.enum(ROLES);
export type TRole = z.infer<typeof ZRole>;

/** Roles that are staff accounts (everything but the citizen). */
export const STAFF_ROLES = ROLES.filter((r) => r !== 'PEMOHON') as Exclude<TRole, 'PEMOHON'>[];
export const ZStaffRole = z.enum(['TATA_USAHA', 'KEPALA_OPD', 'KEPALA_BIDANG', 'KEPALA_SEKSI', 'PETUGAS_TEKNIS', 'ADMIN']);
export type TStaffRole = z.infer<typeof ZStaffRole>;

/** The SOP's eleven steps in order (1..11). `PENGAJUAN` is done by the citizen when submitting. */
export const SOP_STEPS = [
  'PENGAJUAN',
  'REGISTRASI',
  'DISPOSISI_OPD',
  'DISPOSISI_BIDANG',
  'PENUGASAN',
  'PEMERIKSAAN',
  'DRAFT_AWAL',
  'KOREKSI_SEKSI',
  'TELAAH_BIDANG',
  'PENGESAHAN',
  'PENGIRIMAN',
] as const;
export type TSopStep = (typeof SOP_STEPS)[number];

/** The two end states. */
export const END_STATES = ['SELESAI', 'DITOLAK'] as const;
export type TEndState = (typeof END_STATES)[number];

/** Every value a case's `step` column can hold. */
export const STEPS = [...SOP_STEPS, ...END_STATES] as const;
export const ZStep = z.enum(STEPS);
export type TStep = z.infer<typeof ZStep>;

export const ACTIONS = [
  'REGISTER',
  'REJECT_INTAKE',
  'DISPOSE_TO_BIDANG',
  'DISPOSE_TO_SEKSI',
  'RETURN_TO_OPD',
  'ASSIGN_OFFICER',
  'RETURN_TO_BIDANG',
  'REASSIGN_OFFICER',
  'SUBMIT_INSPECTION_REPORT',
  'SUBMIT_DRAFT',
  'APPROVE_DRAFT_SEKSI',
  'RETURN_DRAFT_TO_OFFICER',
  'APPROVE_DRAFT_BIDANG',
  'RETURN_DRAFT_TO_SEKSI',
  'SIGN',
  'RETURN_DRAFT_TO_BIDANG',
  'DISPATCH',
] as const;
export const ZAction = z.enum(ACTIONS);
export type TAction = z.infer<typeof ZAction>;

/** Jenis Pengaduan: ASPIRASI = Saran / Pertanyaan / Informasi; PENGADUAN = Pengaduan / Keluhan / Masalah. */
export const COMPLAINT_TYPES = ['ASPIRASI', 'PENGADUAN'] as const;
export const ZComplaintType = z.enum(COMPLAINT_TYPES);
export type TComplaintType = z.infer<typeof ZComplaintType>;

/** How a complaint reached the office. ONLINE = the public form; the rest are keyed in by Tata Usaha. */
export const CHANNELS = ['ONLINE', 'SURAT', 'DATANG_LANGSUNG', 'SP4N_LAPOR'] as const;
export const ZChannel = z.enum(CHANNELS);
export type TChannel = z.infer<typeof ZChannel>;

export const GENDERS = ['L', 'P'] as const;
export const ZGender = z.enum(GENDERS);
export type TGender = z.infer<typeof ZGender>;

export const SLA_STATES = ['ON_TIME', 'DUE_SOON', 'OVERDUE', 'NONE'] as const;
export const ZSlaState = z.enum(SLA_STATES);
export type TSlaState = z.infer<typeof ZSlaState>;

export const DOCUMENT_KINDS = ['LEMBAR_DISPOSISI', 'LHP', 'DRAFT_SURAT', 'SURAT_TERTANDA', 'LAMPIRAN'] as const;
export const ZDocumentKind = z.enum(DOCUMENT_KINDS);
export type TDocumentKind = z.infer<typeof ZDocumentKind>;
