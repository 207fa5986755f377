/** Indonesian — The frame of every public page: site name, navigation, language switch, footer, common words, errors. In the entry chunk. */
const common = {
  meta: {
    siteName: 'SIGAP',
    siteLong: 'Sistem Informasi Penanganan Pengaduan',
    agency: 'Dinas Sosial, Kependudukan dan Pencatatan Sipil Provinsi Jambi',
    agencyShort: 'Dinsos Dukcapil Provinsi Jambi',
    government: 'Pemerintah Provinsi Jambi',
    pageTitle: '{{page}} — SIGAP Dinsos Dukcapil Provinsi Jambi',
    homeTitle: 'SIGAP — Layanan Pengaduan Masyarakat Dinsos Dukcapil Provinsi Jambi',
  },
  a11y: {
    skipToContent: 'Langsung ke konten utama',
    mainNav: 'Navigasi utama',
    footerNav: 'Tautan layanan',
  },
  nav: {
    home: 'Beranda',
    lapor: 'Buat Pengaduan',
    lacak: 'Lacak Pengaduan',
    staf: 'Masuk Petugas',
    verifikasi: 'Verifikasi Surat',
  },
  language: {
    label: 'Bahasa',
    id: 'Bahasa Indonesia',
    en: 'English',
  },
  common: {
    loading: 'Memuat halaman…',
    backHome: 'Kembali ke beranda',
    comingSoon: 'Segera hadir',
    required: 'wajib',
    optional: 'tidak wajib',
    copy: 'Salin',
    copied: 'Tersalin',
    copiedAnnounce: '{{what}} telah disalin.',
    copyFailed: 'Tidak dapat menyalin otomatis. Tandai teksnya, lalu salin secara manual.',
    wib: '{{value}} WIB',
    errorSummaryTitle_one: 'Ada {{count}} isian yang perlu diperbaiki',
    errorSummaryTitle_other: 'Ada {{count}} isian yang perlu diperbaiki',
  },
  footer: {
    service: 'Layanan pengaduan masyarakat',
    promise: 'Kerahasiaan pengirim dijamin.',
  },
  notFound: {
    title: 'Halaman tidak ditemukan',
    body: 'Alamat yang Anda buka tidak ada atau sudah dipindahkan. Periksa kembali alamatnya, atau pilih salah satu tautan berikut.',
  },
  error: {
    title: 'Terjadi kesalahan',
    body: 'Halaman ini tidak dapat ditampilkan. Muat ulang halaman, atau coba lagi beberapa saat lagi.',
    reload: 'Muat ulang halaman',
  },
};

export default common;
