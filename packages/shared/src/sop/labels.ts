/**
 * Plain-language names for what a complainant and the staff see: steps, public milestones and
 * statuses, Indonesian first. The API uses them in the public tracking answer; the web may too.
 */
import type { TRole, TStep } from '../domain';
import type { TMilestone } from './table';

type Label = { id: string; en: string };

export const STEP_LABELS: Record<TStep, Label> = {
  PENGAJUAN: { id: 'Pengajuan pengaduan', en: 'Complaint submitted' },
  REGISTRASI: { id: 'Registrasi di Tata Usaha', en: 'Registration by the registry' },
  DISPOSISI_OPD: { id: 'Disposisi Kepala Dinas', en: 'Disposition by the Head of Agency' },
  DISPOSISI_BIDANG: { id: 'Disposisi Kepala Bidang', en: 'Disposition by the Head of Division' },
  PENUGASAN: { id: 'Penugasan petugas', en: 'Officer assignment' },
  PEMERIKSAAN: { id: 'Pemeriksaan lapangan', en: 'Field inspection' },
  DRAFT_AWAL: { id: 'Penyusunan draf surat', en: 'Drafting the letter' },
  KOREKSI_SEKSI: { id: 'Koreksi Kepala Seksi', en: 'Review by the Head of Section' },
  TELAAH_BIDANG: { id: 'Telaah Kepala Bidang', en: 'Review by the Head of Division' },
  PENGESAHAN: { id: 'Pengesahan dan tanda tangan', en: 'Approval and signature' },
  PENGIRIMAN: { id: 'Pengiriman surat', en: 'Sending the letter' },
  SELESAI: { id: 'Selesai', en: 'Completed' },
  DITOLAK: { id: 'Ditutup saat registrasi', en: 'Closed at registration' },
};

export const ROLE_LABELS: Record<TRole, Label> = {
  PEMOHON: { id: 'Pemohon / Pelapor', en: 'Complainant' },
  TATA_USAHA: { id: 'Bagian Tata Usaha', en: 'Registry' },
  KEPALA_OPD: { id: 'Kepala Dinas', en: 'Head of Agency' },
  KEPALA_BIDANG: { id: 'Kepala Bidang', en: 'Head of Division' },
  KEPALA_SEKSI: { id: 'Kepala Seksi', en: 'Head of Section' },
  PETUGAS_TEKNIS: { id: 'Petugas Teknis', en: 'Field Officer' },
  ADMIN: { id: 'Administrator Sistem', en: 'System Administrator' },
};

export const MILESTONE_LABELS: Record<TMilestone, Label> = {
  SUBMITTED: { id: 'Pengaduan diterima oleh sistem', en: 'Complaint received' },
  REGISTERED: { id: 'Dicatat dalam agenda surat masuk', en: 'Registered in the incoming-mail agenda' },
  DISPOSITIONED: { id: 'Didisposisikan ke bidang yang menangani', en: 'Assigned to the responsible division' },
  UNDER_INSPECTION: { id: 'Sedang diperiksa oleh petugas', en: 'Under inspection by an officer' },
  LETTER_SIGNED: { id: 'Surat hasil pemeriksaan ditandatangani', en: 'Result letter signed' },
  SENT: { id: 'Surat dikirim kepada terlapor dan tembusan; pengaduan selesai', en: 'Letter sent to the reported party and copies; complaint closed' },
  CLOSED_AT_INTAKE: { id: 'Ditutup saat registrasi (tidak dapat diproses)', en: 'Closed at registration (cannot be processed)' },
};

export const CASE_STATUSES = ['DALAM_PROSES', 'SELESAI', 'DITOLAK'] as const;
export type TCaseStatus = (typeof CASE_STATUSES)[number];

export const CASE_STATUS_LABELS: Record<TCaseStatus, Label> = {
  DALAM_PROSES: { id: 'Dalam proses', en: 'In progress' },
  SELESAI: { id: 'Selesai', en: 'Completed' },
  DITOLAK: { id: 'Tidak dapat diproses', en: 'Could not be processed' },
};

export function caseStatus(step: TStep): TCaseStatus {
  return step === 'SELESAI' ? 'SELESAI' : step === 'DITOLAK' ? 'DITOLAK' : 'DALAM_PROSES';
}
