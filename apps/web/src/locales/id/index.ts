/**
 * Indonesian, the first language: the public pages' strings (namespace `translation`).
 * The English catalogue must have exactly these keys (its type is `typeof id`).
 * Step and role names are keyed by the SOP's codes (docs/sop.md).
 */
const id = {
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
  },
  footer: {
    service: 'Layanan pengaduan masyarakat',
    promise: 'Kerahasiaan pengirim dijamin.',
  },
  landing: {
    title: 'Layanan Pengaduan Masyarakat',
    lead: 'SIGAP adalah layanan pengaduan resmi Dinas Sosial, Kependudukan dan Pencatatan Sipil Provinsi Jambi. Sampaikan saran, pertanyaan, atau keluhan Anda tentang layanan sosial dan administrasi kependudukan. Setiap pengaduan dicatat, diteruskan kepada pejabat yang berwenang, diperiksa oleh petugas, dan dijawab dengan surat resmi.',
    ctaLapor: 'Buat pengaduan',
    ctaLacak: 'Lacak pengaduan',
    types: {
      heading: 'Apa yang dapat Anda sampaikan',
      intro: 'Pada formulir, pilih salah satu dari dua jenis pengaduan. Keduanya ditangani melalui alur yang sama.',
    },
    privacy: {
      heading: 'Kerahasiaan pengirim dijamin',
      intro: 'Janji pada Formulir Pengaduan Masyarakat ini kami jalankan sungguh-sungguh:',
      source: 'Formulir Pengaduan Masyarakat',
    },
    tracking: {
      heading: 'Cara melacak pengaduan',
      step1: 'Setelah formulir terkirim, Anda menerima kode pelacakan beserta kode rahasianya. Simpan keduanya dan jangan berikan kepada orang lain.',
      step2: 'Buka halaman Lacak Pengaduan, lalu masukkan kode tersebut.',
      step3: 'Anda dapat melihat tahap penanganan yang sedang berjalan. Identitas Anda tidak ditampilkan di halaman itu.',
    },
    sop: {
      heading: 'Bagaimana pengaduan Anda ditangani',
      intro: 'Penanganan mengikuti Standar Operasional Prosedur (SOP) Penanganan Pengaduan Masyarakat dinas ini: {{count}} tahap, masing-masing dengan pelaksana dan standar waktunya.',
      timeHeading: 'Cara membaca standar waktu',
      timeWorking: '“Menit”, “jam” dan “hari” dihitung sebagai waktu kerja menurut kalender kerja dinas (Waktu Indonesia Barat). Waktu di luar jam kerja, hari libur nasional, dan cuti bersama tidak dihitung.',
      timeClock: 'Waktu setiap tahap mulai berjalan ketika pengaduan masuk ke tahap itu dan berhenti ketika pengaduan berpindah ke tahap berikutnya. Pengaduan yang dikirim di luar jam kerja, misalnya Sabtu malam, mulai dihitung pada awal jam kerja berikutnya.',
      timeExample: 'Karena itu, standar 1 jam kerja yang dimulai menjelang jam pulang kantor dapat berakhir pada pagi hari kerja berikutnya.',
      timeNone: 'Tahap yang tertulis “tanpa standar waktu” tidak diberi batas waktu oleh SOP; lamanya tetap dicatat dan ditampilkan.',
      total: 'Jumlah seluruh standar waktu, sejak pengaduan dicatat sampai surat dikirim dan diarsipkan: {{total}}.',
    },
  },
  sop: {
    stepNumber: 'Tahap {{number}}',
    actor: 'Pelaksana',
    standard: 'Standar waktu',
  },
  standard: {
    MENIT_one: '{{count, number}} menit kerja',
    MENIT_other: '{{count, number}} menit kerja',
    JAM_one: '{{count, number}} jam kerja',
    JAM_other: '{{count, number}} jam kerja',
    HARI_one: '{{count, number}} hari kerja',
    HARI_other: '{{count, number}} hari kerja',
    none: 'tanpa standar waktu',
  },
  steps: {
    PENGAJUAN: {
      title: 'Pengajuan pengaduan',
      description: 'Anda mengisi formulir pengaduan secara daring, atau menyampaikan surat atau datang langsung ke Bagian Tata Usaha, yang kemudian memasukkannya ke sistem.',
    },
    REGISTRASI: {
      title: 'Pencatatan',
      description: 'Bagian Tata Usaha mencatat pengaduan dalam agenda surat masuk, memberinya nomor agenda, membuat lembar disposisi, dan meneruskannya kepada Kepala Dinas.',
    },
    DISPOSISI_OPD: {
      title: 'Disposisi Kepala Dinas',
      description: 'Kepala Dinas meneruskan pengaduan, disertai arahan, kepada Kepala Bidang yang membidangi pokok pengaduan Anda.',
    },
    DISPOSISI_BIDANG: {
      title: 'Disposisi Kepala Bidang',
      description: 'Kepala Bidang meneruskan pengaduan, disertai arahan, kepada Kepala Seksi yang sesuai.',
    },
    PENUGASAN: {
      title: 'Penugasan petugas',
      description: 'Kepala Seksi menugaskan seorang petugas teknis untuk menangani pengaduan Anda.',
    },
    PEMERIKSAAN: {
      title: 'Pemeriksaan',
      description: 'Petugas teknis memeriksa keadaan di lapangan sesuai ketentuan teknis yang berlaku, mencatat hasilnya, memberi saran atau menengahi, lalu menyusun Laporan Hasil Pemeriksaan (LHP). Untuk saran, pertanyaan, atau permintaan informasi, pemeriksaan dapat dilakukan tanpa kunjungan lapangan.',
    },
    DRAFT_AWAL: {
      title: 'Penyusunan draf surat',
      description: 'Petugas berkoordinasi dengan atasan dan aparat setempat, lalu menyusun draf surat hasil penanganan kepada pihak yang dilaporkan (terlapor), dengan tembusan kepada Anda dan instansi terkait, dilampiri LHP.',
    },
    KOREKSI_SEKSI: {
      title: 'Koreksi oleh Kepala Seksi',
      description: 'Kepala Seksi memeriksa dan memperbaiki draf surat, lalu menyetujuinya.',
    },
    TELAAH_BIDANG: {
      title: 'Telaah oleh Kepala Bidang',
      description: 'Kepala Bidang menelaah draf akhir surat dan mengajukannya kepada Kepala Dinas.',
    },
    PENGESAHAN: {
      title: 'Pengesahan',
      description: 'Kepala Dinas memeriksa draf akhir, memperbaikinya bila perlu, dan menandatangani surat.',
    },
    PENGIRIMAN: {
      title: 'Pengiriman dan pengarsipan',
      description: 'Bagian Tata Usaha mengirim surat yang telah ditandatangani kepada terlapor dan kepada setiap penerima tembusan, termasuk Anda, lalu mengarsipkannya.',
    },
  },
  roles: {
    PEMOHON: 'Pelapor (Anda)',
    TATA_USAHA: 'Bagian Tata Usaha',
    KEPALA_OPD: 'Kepala Dinas',
    KEPALA_BIDANG: 'Kepala Bidang',
    KEPALA_SEKSI: 'Kepala Seksi',
    PETUGAS_TEKNIS: 'Petugas Teknis',
    ADMIN: 'Administrator Sistem',
  },
  complaintTypes: {
    ASPIRASI: {
      title: 'Aspirasi',
      kinds: 'Saran, Pertanyaan, Informasi',
      description: 'Usulan perbaikan layanan, pertanyaan tentang persyaratan atau prosedur, atau permintaan informasi.',
    },
    PENGADUAN: {
      title: 'Pengaduan',
      kinds: 'Pengaduan, Keluhan, Masalah',
      description: 'Layanan yang tidak semestinya, keluhan atas pelayanan petugas, atau masalah yang perlu diperiksa dan ditindaklanjuti.',
    },
  },
  confidentiality: {
    /** Quoted verbatim from the form, in Indonesian in every language. */
    promise: 'Pengaduan anda akan ditangani semestinya dan kerahasiaan pengirim DIJAMIN',
    promiseTranslation: '',
    encrypted: 'Identitas Anda (nama, alamat, nomor telepon, dan email) disimpan dalam keadaan terenkripsi.',
    needToKnow: 'Identitas Anda hanya dapat dilihat oleh pejabat yang memerlukannya untuk menangani pengaduan Anda.',
    audited: 'Setiap kali identitas Anda dibuka, sistem mencatat siapa yang membukanya dan kapan.',
    neverTerlapor: 'Identitas Anda tidak pernah diperlihatkan kepada pihak yang Anda laporkan (terlapor).',
  },
  lapor: {
    title: 'Buat Pengaduan',
    comingSoon: 'Formulir pengaduan — segera hadir.',
    comingSoonDetail: 'Formulir daring sedang disiapkan. Sementara itu, Anda dapat menyampaikan pengaduan melalui surat atau datang langsung ke Bagian Tata Usaha Dinas Sosial, Kependudukan dan Pencatatan Sipil Provinsi Jambi.',
    prepareHeading: 'Yang perlu Anda siapkan',
    prepare: {
      type: 'Jenis pengaduan: Aspirasi (saran, pertanyaan, informasi) atau Pengaduan (pengaduan, keluhan, masalah).',
      content: 'Isi pengaduan: apa yang terjadi, di mana, kapan, dan siapa yang terkait.',
      identity: 'Nama, alamat, dan jenis kelamin Anda.',
      contact: 'Nomor telepon atau HP; email bila ada.',
    },
    privacyHeading: 'Identitas Anda terlindungi',
  },
  lacak: {
    title: 'Lacak Pengaduan',
    intro: 'Masukkan kode pelacakan yang Anda terima setelah mengirim pengaduan.',
    codeLabel: 'Kode pelacakan',
    codeHint: 'Kode tercantum pada tanda terima pengaduan Anda.',
    submit: 'Lacak',
    comingSoon: 'Pelacakan daring segera hadir. Simpan kode Anda: {{kode}}.',
    required: 'Masukkan kode pelacakan.',
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

export default id;
export type Catalogue = typeof id;
