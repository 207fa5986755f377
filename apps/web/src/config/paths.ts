/** Every URL of the SPA, in one place. Build links from here, never from string literals. */
export const paths = {
  home: { path: '/', getHref: () => '/' },
  lapor: { path: '/lapor', getHref: () => '/lapor' },
  lacak: {
    path: '/lacak',
    getHref: (kode?: string) => (kode ? `/lacak?${new URLSearchParams({ kode })}` : '/lacak'),
  },
  staf: { path: '/staf', getHref: () => '/staf' },
} as const;
