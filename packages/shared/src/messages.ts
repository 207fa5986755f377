/**
 * Validation messages. Indonesian is the product's first language, so schemas carry the
 * Indonesian text directly (the API returns it in problem details as is); the English catalogue
 * beside it lets a client translate a message by its key or by its Indonesian text.
 */
export const MESSAGES = {
  id: {
    required: 'Wajib diisi.',
    tooLong: 'Terlalu panjang.',
    contentTooShort: 'Isi pengaduan terlalu singkat (minimal 20 karakter).',
    chooseType: 'Pilih jenis pengaduan.',
    chooseGender: 'Pilih jenis kelamin: L atau P.',
    phone: 'Nomor telepon/HP Indonesia tidak valid (contoh: 0812 3456 7890 atau (0741) 123456).',
    email: 'Alamat email tidak valid.',
    reasonRequired: 'Alasan wajib diisi.',
    instructionRequired: 'Instruksi disposisi wajib diisi.',
    uuid: 'Pilihan tidak valid.',
    datetime: 'Tanggal dan waktu tidak valid.',
    visitRequired: 'Kunjungan lapangan wajib mencantumkan waktu dan lokasi kunjungan.',
    deskReviewNotForPengaduan: 'Telaah meja hanya untuk jenis Saran/Pertanyaan/Informasi; pengaduan wajib diperiksa di lapangan.',
    atLeastOneDelivery: 'Catat minimal satu pengiriman.',
    deliveryMissing: 'Setiap penerima (terlapor dan setiap tembusan) wajib punya catatan pengiriman.',
    seksiNotInBidang: 'Seksi ini bukan bagian dari bidang Anda.',
    officerNotInSeksi: 'Petugas ini bukan anggota seksi Anda.',
    unknownBidang: 'Bidang tidak dikenal.',
    sameOfficer: 'Petugas pengganti harus berbeda dari petugas sekarang.',
    invalidValue: 'Nilai tidak valid.',
    unknownField: 'Kolom ini tidak dikenal dan tidak boleh dikirim.',
  },
  en: {
    required: 'Required.',
    tooLong: 'Too long.',
    contentTooShort: 'The complaint is too short (at least 20 characters).',
    chooseType: 'Choose the type of complaint.',
    chooseGender: 'Choose a gender: L (male) or P (female).',
    phone: 'Not a valid Indonesian phone number (e.g. 0812 3456 7890 or (0741) 123456).',
    email: 'Not a valid email address.',
    reasonRequired: 'A reason is required.',
    instructionRequired: 'A disposition instruction is required.',
    uuid: 'Invalid choice.',
    datetime: 'Invalid date and time.',
    visitRequired: 'A field visit must state when and where it took place.',
    deskReviewNotForPengaduan: 'A desk review is only for suggestions/questions/information; a complaint needs a field visit.',
    atLeastOneDelivery: 'Record at least one delivery.',
    deliveryMissing: 'Every recipient (the reported party and each copy) needs a delivery record.',
    seksiNotInBidang: 'This section is not part of your division.',
    officerNotInSeksi: 'This officer is not a member of your section.',
    unknownBidang: 'Unknown division.',
    sameOfficer: 'The new officer must differ from the current one.',
    invalidValue: 'Invalid value.',
    unknownField: 'This field is not known and may not be sent.',
  },
} as const;

export type TMessageKey = keyof (typeof MESSAGES)['id'];
export type TLang = keyof typeof MESSAGES;

/** The Indonesian message for a key (what schemas and the API use). */
export const msg = (key: TMessageKey): string => MESSAGES.id[key];

/** Translate a message produced by the schemas (Indonesian text) into `lang`; unknown text passes through. */
export function translateMessage(text: string, lang: TLang): string {
  if (lang === 'id') return text;
  const key = (Object.keys(MESSAGES.id) as TMessageKey[]).find((k) => MESSAGES.id[k] === text);
  return key ? MESSAGES[lang][key] : text;
}
