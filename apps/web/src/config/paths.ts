/** Every URL of the SPA, in one place. Build links from here, never from string literals. */
export const paths = {
  home: { path: '/', getHref: () => '/' },
  lapor: { path: '/lapor', getHref: () => '/lapor' },
  lacak: {
    path: '/lacak',
    getHref: (kode?: string) => (kode ? `/lacak?${new URLSearchParams({ kode })}` : '/lacak'),
  },
  // Where a signed letter's QR code leads (/verifikasi/{id}); /verifikasi alone asks for the ID.
  verifikasi: {
    path: '/verifikasi/:id?',
    getHref: (id?: string) => (id ? `/verifikasi/${encodeURIComponent(id)}` : '/verifikasi'),
  },
  staf: { path: '/staf', getHref: () => '/staf' },
  // The staff workspace (routes/staf). `path` is relative to /staf where the tree mounts it.
  stafMasuk: {
    path: 'masuk',
    getHref: (ke?: string) => (ke ? `/staf/masuk?${new URLSearchParams({ ke })}` : '/staf/masuk'),
  },
  stafKotakMasuk: { path: 'kotak-masuk', getHref: () => '/staf/kotak-masuk' },
  stafPerkara: { path: 'perkara/:id', getHref: (id: string) => `/staf/perkara/${encodeURIComponent(id)}` },
  stafInput: { path: 'input-pengaduan', getHref: () => '/staf/input-pengaduan' },
  // Confidentiality and personal data (issue #7): the Kepala OPD's log, the administrator's pages.
  stafAudit: { path: 'audit', getHref: () => '/staf/audit' },
  stafAdminData: { path: 'admin/data-pribadi', getHref: () => '/staf/admin/data-pribadi' },
  stafAdminRetensi: { path: 'admin/retensi', getHref: () => '/staf/admin/retensi' },
  stafAdminPengguna: { path: 'admin/pengguna', getHref: () => '/staf/admin/pengguna' },
  // Administration of the office (issue 16): its units, its calendar, its time standards.
  stafAdminOrganisasi: { path: 'admin/organisasi', getHref: () => '/staf/admin/organisasi' },
  stafAdminKalender: { path: 'admin/kalender', getHref: () => '/staf/admin/kalender' },
  stafAdminStandar: { path: 'admin/standar-waktu', getHref: () => '/staf/admin/standar-waktu' },
  // Where a user whose password must be changed (after a reset) is sent; also reachable by choice.
  stafGantiSandi: {
    path: 'ganti-sandi',
    getHref: (ke?: string) => (ke ? `/staf/ganti-sandi?${new URLSearchParams({ ke })}` : '/staf/ganti-sandi'),
  },
  stafAgenda: { path: 'agenda', getHref: () => '/staf/agenda' },
  // Notifications (the bell) and the user's own settings: mail language, which kinds come by mail.
  stafNotifikasi: {
    path: 'notifikasi',
    getHref: (opts: { unread?: boolean } = {}) => (opts.unread ? '/staf/notifikasi?belum-dibaca=1' : '/staf/notifikasi'),
  },
  stafPengaturan: { path: 'pengaturan', getHref: () => '/staf/pengaturan' },
  // The dashboard of the Kepala OPD / Bidang / Seksi; its filters travel as search params (see
  // features/staff-reports/lib/filters.ts: dari, sampai, bidang, seksi, jenis, kanal).
  stafDasbor: {
    path: 'dasbor',
    getHref: (search?: URLSearchParams) => (search && search.toString() ? `/staf/dasbor?${search}` : '/staf/dasbor'),
  },
} as const;
