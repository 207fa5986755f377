/** Indonesian — The home page: the SOP's steps, actors and time standards (also read by the staff workspace). */
const landing = {
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
      coversHeading: 'Apa yang dilindungi',
      covers: 'Yang dirahasiakan adalah identitas Anda: nama, alamat, jenis kelamin, nomor telepon, dan email. Isi pengaduan dibaca oleh pejabat dan petugas yang menanganinya, karena mereka harus memeriksanya.',
      optionHeading: 'Pilihan “Rahasiakan identitas saya”',
      optionIntro: 'Pada formulir, Anda dapat meminta agar identitas Anda dirahasiakan lebih ketat.',
    },
    who: {
      heading: 'Siapa yang menangani pengaduan Anda',
      intro: 'Pengaduan Anda ditangani oleh pejabat dan pegawai dinas berikut, masing-masing pada tahap SOP yang menjadi tugasnya.',
      steps_one: 'Tahap {{list}}',
      steps_other: 'Tahap {{list}}',
      TATA_USAHA: 'Menerima dan mencatat pengaduan; di akhir proses mengirim surat jawaban dan mengarsipkannya.',
      KEPALA_OPD: 'Pimpinan dinas: menentukan bidang yang menangani dan menandatangani surat jawaban.',
      KEPALA_BIDANG: 'Meneruskan pengaduan kepada seksi yang tepat dan menelaah draf surat jawaban.',
      KEPALA_SEKSI: 'Menugaskan petugas teknis dan memeriksa draf surat jawaban.',
      PETUGAS_TEKNIS: 'Memeriksa pokok pengaduan, di lapangan bila perlu, lalu menyusun laporan hasil pemeriksaan dan draf surat jawaban.',
    },
    tracking: {
      heading: 'Cara melacak pengaduan',
      step1: 'Setelah formulir terkirim, Anda menerima kode pelacakan beserta kode rahasianya. Simpan keduanya dan jangan berikan kepada orang lain.',
      step2: 'Buka halaman Lacak Pengaduan, lalu masukkan kode pelacakan dan kode rahasia tersebut.',
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
    standardChanged: 'diubah oleh administrator',
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
};

export default landing;
