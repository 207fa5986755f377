/** Indonesian — The complaint form (/lapor), its failures included (they must show offline); the receipt is lapor-receipt. */
const lapor = {
  lapor: {
    title: 'Buat Pengaduan',
    formName: 'Formulir Pengaduan Masyarakat',
    intro: 'Isi formulir ini untuk menyampaikan aspirasi atau pengaduan kepada Dinas Sosial, Kependudukan dan Pencatatan Sipil Provinsi Jambi. Semua isian wajib diisi, kecuali yang bertanda “tidak wajib”.',
    draftNote: 'Isian Anda disimpan sementara di peramban ini sampai pengaduan terkirim atau jendela peramban ditutup, sehingga tidak hilang bila halaman dimuat ulang.',
    draftRestored: 'Isian Anda sebelumnya telah dipulihkan.',
    sections: {
      complaint: 'Pengaduan Anda',
      reporter: 'Identitas pelapor',
      privacy: 'Kerahasiaan dan data pribadi',
    },
    fields: {
      type: {
        legend: 'Jenis pengaduan',
        hint: 'Pilih yang paling sesuai. Keduanya ditangani melalui alur yang sama.',
      },
      content: {
        label: 'Isi pengaduan',
        hint: 'Ceritakan apa yang terjadi, di mana, kapan, dan siapa yang terkait. Minimal {{min}} karakter.',
        count: '{{count}} dari {{max}} karakter',
        remaining: 'kurang {{remaining}} karakter lagi',
      },
      name: {
        label: 'Nama lengkap',
      },
      address: {
        label: 'Alamat',
        hint: 'Alamat tempat tinggal Anda, agar tembusan surat jawaban dapat dikirim kepada Anda.',
      },
      gender: {
        legend: 'Jenis kelamin',
        L: 'Laki-laki (L)',
        P: 'Perempuan (P)',
      },
      phone: {
        label: 'Nomor telepon/HP',
        hint: 'Contoh: 0812 3456 7890 atau (0741) 123456. Petugas dapat menghubungi Anda melalui nomor ini.',
      },
      email: {
        label: 'Email',
        hint: 'Contoh: nama@contoh.id',
      },
      consent: {
        label: 'Saya telah membaca pemberitahuan pelindungan data pribadi di atas dan setuju data saya diproses untuk menangani pengaduan ini.',
        short: 'Persetujuan pemrosesan data pribadi',
        error: 'Centang pernyataan persetujuan untuk dapat mengirim pengaduan.',
      },
    },
    pdp: {
      heading: 'Pemberitahuan pelindungan data pribadi',
      intro: 'Sesuai Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi, berikut cara kami memproses data pribadi yang Anda isi pada formulir ini.',
      purposeTerm: 'Tujuan',
      purpose: 'Data Anda hanya digunakan untuk menangani pengaduan ini: mencatatnya, menghubungi Anda bila perlu, dan mengirimkan tembusan surat jawaban kepada Anda.',
      controllerTerm: 'Pengendali data',
      controller: 'Dinas Sosial, Kependudukan dan Pencatatan Sipil Provinsi Jambi.',
      processorsTerm: 'Yang memproses',
      processors: 'Bagian Tata Usaha dan Kepala Dinas; juga Kepala Bidang, Kepala Seksi, dan petugas teknis yang menangani pengaduan Anda, kecuali bila Anda memilih merahasiakan identitas. Data Anda tidak diberikan kepada pihak yang Anda laporkan.',
      retentionTerm: 'Lama penyimpanan',
      retention: '{{years}} tahun setelah pengaduan ditutup, sesuai pengaturan retensi arsip dinas. Setelah itu data Anda dimusnahkan.',
      securityTerm: 'Keamanan',
      security: 'Identitas Anda disimpan terenkripsi, dan setiap kali dibuka sistem mencatat siapa yang membukanya dan kapan.',
      rightsTerm: 'Hak Anda',
      rights: 'Anda berhak mengakses data Anda, memperbaikinya, meminta penghapusannya, dan menarik persetujuan Anda. Sampaikan permintaan kepada Bagian Tata Usaha dengan menyebutkan kode pelacakan Anda. Bila data dihapus atau persetujuan ditarik sebelum selesai, pengaduan mungkin tidak dapat ditindaklanjuti.',
    },
    submit: 'Kirim pengaduan',
    submitting: 'Mengirim pengaduan…',
    reset: {
      button: 'Kosongkan formulir',
      confirm: 'Hapus semua isian formulir ini?',
      yes: 'Ya, kosongkan',
      no: 'Batal',
    },
    failure: {
      keptData: 'Isian Anda tidak hilang: semuanya masih ada di formulir ini.',
      safeRetry: 'Aman untuk mengirim ulang: bila percobaan tadi ternyata sudah sampai, pengaduan Anda tidak akan tercatat dua kali.',
      network: {
        title: 'Pengaduan belum terkirim: koneksi terputus',
        body: 'Periksa sambungan internet Anda (data seluler atau Wi-Fi), lalu tekan “Kirim pengaduan” lagi.',
      },
      server: {
        title: 'Pengaduan belum terkirim: layanan sedang terganggu',
        body: 'Server kami sedang bermasalah. Tunggu beberapa menit, lalu tekan “Kirim pengaduan” lagi.',
      },
      rateLimited: {
        title: 'Terlalu banyak pengaduan dari jaringan ini',
        body_one: 'Batas pengiriman dari jaringan Anda tercapai untuk sementara. Coba kirim lagi dalam {{count}} menit.',
        body_other: 'Batas pengiriman dari jaringan Anda tercapai untuk sementara. Coba kirim lagi dalam {{count}} menit.',
        bodyUnknown: 'Batas pengiriman dari jaringan Anda tercapai untuk sementara. Coba kirim lagi nanti.',
      },
      busy: {
        title: 'Pengaduan Anda masih diproses',
        body: 'Percobaan sebelumnya masih diproses. Tunggu sebentar, lalu tekan “Kirim pengaduan” lagi.',
      },
      unknown: {
        title: 'Pengaduan belum terkirim',
        body: 'Terjadi kesalahan yang tidak terduga. Coba kirim lagi. Bila tetap gagal, sampaikan pengaduan Anda langsung ke Bagian Tata Usaha.',
      },
      keyLost: {
        title: 'Pengaduan Anda sebelumnya sudah diterima',
        body: 'Salah satu percobaan pengiriman tadi ternyata sudah sampai, tetapi tanda terimanya tidak dapat ditampilkan lagi di perangkat ini. Hubungi Bagian Tata Usaha untuk mendapatkan kode pelacakan Anda. Bila Anda memang ingin mengirim pengaduan baru, tekan tombol di bawah.',
        action: 'Kirim sebagai pengaduan baru',
      },
      otherErrors: 'Pesan dari server:',
    },
  },
};

export default lapor;
