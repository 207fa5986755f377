/** Indonesian — The receipt shown after a submit (lapor.receipt), loaded with the receipt's own chunk. */
const laporReceipt = {
  lapor: {
    receipt: {
      title: 'Pengaduan terkirim',
      printTitle: 'Tanda Terima Pengaduan',
      lead: 'Terima kasih. Pengaduan Anda telah kami terima dan kini menunggu pencatatan oleh Bagian Tata Usaha.',
      recovered: 'Percobaan pengiriman sebelumnya ternyata sudah sampai. Yang tercatat adalah isi pengaduan pada percobaan itu; perubahan yang Anda buat sesudahnya tidak ikut terkirim. Bila ada tambahan penting, sampaikan sebagai pengaduan baru dengan menyebutkan kode pelacakan di bawah.',
      codeLabel: 'Kode pelacakan',
      secretLabel: 'Kode rahasia',
      copyCode: 'Salin kode pelacakan',
      copySecret: 'Salin kode rahasia',
      warningTitle: 'Kode rahasia hanya ditampilkan sekali, sekarang',
      warning: 'Salin, catat, atau cetak kode rahasia ini sekarang. Petugas pun tidak dapat melihatnya atau mengirimkannya ulang. Tanpa kode rahasia, Anda tidak dapat melacak pengaduan secara daring. Jangan berikan kode ini kepada siapa pun.',
      type: 'Jenis pengaduan',
      status: 'Status',
      submittedAt: 'Diterima',
      expected: 'Perkiraan selesai',
      expectedNote: 'Dihitung dari jumlah standar waktu SOP pada hari dan jam kerja dinas.',
      trackUrl: 'Lacak di',
      trackNow: 'Lacak sekarang',
      print: 'Cetak tanda terima',
      newComplaint: 'Buat pengaduan baru',
      nextHeading: 'Apa selanjutnya',
      next1: 'Bagian Tata Usaha mencatat pengaduan Anda dalam agenda surat masuk dan meneruskannya kepada Kepala Dinas.',
      next2: 'Anda dapat melihat perkembangannya kapan saja di halaman Lacak Pengaduan dengan kode pelacakan dan kode rahasia di atas.',
      next3: 'Setelah selesai, Anda menerima tembusan surat jawaban di alamat yang Anda isi.',
      printFooter: 'Simpan tanda terima ini. Jangan berikan kode rahasia kepada siapa pun.',
    },
  },
};

export default laporReceipt;
