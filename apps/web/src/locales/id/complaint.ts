/** Indonesian — The complaint types and the confidentiality promise: the home page, the form and tracking show them. */
const complaint = {
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
    option: {
      label: 'Rahasiakan identitas saya',
      intro: 'Bila Anda mencentang pilihan ini:',
      registry: 'Bagian Tata Usaha dan Kepala Dinas tetap dapat melihat identitas Anda, karena mereka mencatat pengaduan dan harus dapat menghubungi Anda.',
      handlers: 'Kepala Bidang, Kepala Seksi, dan petugas teknis yang menangani pengaduan Anda tidak dapat melihat identitas Anda.',
      terlapor: 'Dicentang atau tidak, pihak yang Anda laporkan (terlapor) tidak pernah melihat identitas Anda.',
      content: 'Isi pengaduan tetap dibaca oleh semua yang menanganinya. Bila ingin identitas Anda tetap rahasia, jangan menuliskan nama atau data diri Anda di dalam isi pengaduan.',
    },
  },
};

export default complaint;
