/** Every URL of the SPA, in one place. Build links from here, never from string literals. */
export const paths = {
  home: { path: '/', getHref: () => '/' },
  lapor: { path: '/lapor', getHref: () => '/lapor' },
  lacak: {
    path: '/lacak',
    getHref: (kode?: string) => (kode ? `/lacak?${new URLSearchParams({ kode })}` : '/lacak'),
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
} as const;
