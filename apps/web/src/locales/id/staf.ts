/**
 * Indonesian strings of the staff workspace (namespace `staf`). Loaded only by the staff route
 * chunk, so public pages never download them.
 */
const staf = {
  signIn: {
    title: 'Masuk Petugas',
    intro: 'Halaman ini hanya untuk petugas Dinas Sosial, Kependudukan dan Pencatatan Sipil Provinsi Jambi yang memiliki akun SIGAP.',
    username: 'Nama pengguna',
    password: 'Kata sandi',
    submit: 'Masuk',
    comingSoon: 'Ruang kerja petugas sedang disiapkan. Masuk belum dapat dilakukan.',
    publicNote: 'Bukan petugas? Untuk menyampaikan atau melacak pengaduan, gunakan halaman layanan publik.',
  },
};

export default staf;
export type StafCatalogue = typeof staf;
