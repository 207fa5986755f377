/**
 * The embedded demo's organisation and users (docs/api-contract.md: at least two bidang, each with
 * at least two seksi, each with at least two officers, plus admin, Kepala OPD and Tata Usaha).
 * Idempotent; refused in production.
 */
import type { TStaffRole } from '@sigap/shared';
import { eq, inArray } from 'drizzle-orm';
import { hashPassword, verifyPassword } from '../lib/password';
import type { Db } from './connect';
import { bidang, seksi, users } from './schema';

interface DemoSeksi {
  code: string;
  name: string;
  kasi: string;
  officers: [string, string];
}

interface DemoBidang {
  code: string;
  name: string;
  kabid: string;
  seksi: DemoSeksi[];
}

export const DEMO_ORG: DemoBidang[] = [
  {
    code: 'LINJAMSOS',
    name: 'Bidang Perlindungan dan Jaminan Sosial',
    kabid: 'Drs. Syamsul Bahri, M.Si.',
    seksi: [
      {
        code: 'PSKBA',
        name: 'Seksi Perlindungan Sosial Korban Bencana Alam',
        kasi: 'Dewi Kartika Sari, S.Sos.',
        officers: ['Rizky Pratama', 'Indah Permatasari'],
      },
      {
        code: 'JSK',
        name: 'Seksi Jaminan Sosial Keluarga',
        kasi: 'Hendra Gunawan, S.E.',
        officers: ['Fajar Nugroho', 'Maya Anggraini'],
      },
    ],
  },
  {
    code: 'DAFDUK',
    name: 'Bidang Pelayanan Pendaftaran Penduduk',
    kabid: 'Hj. Nurhayati, S.H., M.H.',
    seksi: [
      {
        code: 'IDDUK',
        name: 'Seksi Identitas Penduduk',
        kasi: 'Fitri Handayani, S.Kom.',
        officers: ['Dedi Kurniawan', 'Lestari Wulandari'],
      },
      {
        code: 'PINDATANG',
        name: 'Seksi Pindah Datang Penduduk',
        kasi: 'Agus Salim, S.IP.',
        officers: ['Ilham Ramadhan', 'Putri Ayu Lestari'],
      },
    ],
  },
  {
    code: 'REHSOS',
    name: 'Bidang Rehabilitasi Sosial',
    kabid: 'Ir. Bambang Supriyadi',
    seksi: [
      {
        code: 'RSPD',
        name: 'Seksi Rehabilitasi Sosial Penyandang Disabilitas',
        kasi: 'Yuliana Putri, S.Psi.',
        officers: ['Muhammad Iqbal', 'Sri Wahyuni'],
      },
      {
        code: 'RSALU',
        name: 'Seksi Rehabilitasi Sosial Anak dan Lanjut Usia',
        kasi: 'Zulkifli, S.Sos.',
        officers: ['Arif Budiman', 'Novita Sari'],
      },
    ],
  },
];

export interface DemoUser {
  username: string;
  name: string;
  role: TStaffRole;
  bidangCode?: string;
  seksiCode?: string;
  /** An NIP-shaped demo value (18 digits); printed under the signature of a letter. */
  nip: string;
  /** Where the user's notification mail goes: a reserved `.example` domain, never a real mailbox. */
  email: string;
}

/** The demo users' mail domain (RFC 2606 `.example`: no mail can ever reach a real person). */
export const DEMO_MAIL_DOMAIN = 'dinsosdukcapil.jambiprov.example';

/**
 * A made-up NIP in the real layout: birth date (8), appointment year and month (6), sex (1: L, 2: P),
 * serial (3). Deterministic, so every demo database prints the same numbers.
 */
function demoNip(i: number): string {
  const birth = `${1968 + (i % 17)}${String(1 + (i % 12)).padStart(2, '0')}${String(1 + ((i * 7) % 28)).padStart(2, '0')}`;
  const appointed = `${1992 + (i % 20)}${String(1 + ((i * 5) % 12)).padStart(2, '0')}`;
  return `${birth}${appointed}${2 - (i % 2)}${String(1 + i).padStart(3, '0')}`;
}

function buildDemoUsers(): DemoUser[] {
  const list: Omit<DemoUser, 'nip' | 'email'>[] = [
    { username: 'admin', name: 'Andi Saputra', role: 'ADMIN' },
    { username: 'kadis', name: 'H. Muhammad Yusuf, S.Sos., M.Si.', role: 'KEPALA_OPD' },
    { username: 'tu', name: 'Siti Aminah', role: 'TATA_USAHA' },
    { username: 'tu2', name: 'Rina Marlina', role: 'TATA_USAHA' },
  ];
  for (const b of DEMO_ORG) {
    list.push({ username: `kabid.${b.code.toLowerCase()}`, name: b.kabid, role: 'KEPALA_BIDANG', bidangCode: b.code });
    for (const s of b.seksi) {
      const unit = { bidangCode: b.code, seksiCode: s.code };
      const key = s.code.toLowerCase();
      list.push({ username: `kasi.${key}`, name: s.kasi, role: 'KEPALA_SEKSI', ...unit });
      s.officers.forEach((name, i) =>
        list.push({ username: `petugas.${key}.${i + 1}`, name, role: 'PETUGAS_TEKNIS', ...unit }),
      );
    }
  }
  return list.map((u, i) => ({ ...u, nip: demoNip(i), email: `${u.username}@${DEMO_MAIL_DOMAIN}` }));
}

/** Every demo account; all share the DEMO_PASSWORD. */
export const DEMO_USERS: readonly DemoUser[] = buildDemoUsers();

export interface SeedDemoOptions {
  password: string;
  nodeEnv: string;
}

export interface SeedDemoResult {
  usersCreated: number;
  passwordsReset: number;
}

export class DemoSeedRefusedError extends Error {
  constructor() {
    super('Demo seeding is refused when NODE_ENV=production');
    this.name = 'DemoSeedRefusedError';
  }
}

export async function seedDemo(db: Db, opts: SeedDemoOptions): Promise<SeedDemoResult> {
  if (opts.nodeEnv === 'production') throw new DemoSeedRefusedError();

  const usernames = DEMO_USERS.map((u) => u.username);
  const existing = await db
    .select({ id: users.id, username: users.username, passwordHash: users.passwordHash, nip: users.nip, email: users.email })
    .from(users)
    .where(inArray(users.username, usernames));
  const existingNames = new Set(existing.map((u) => u.username));

  // Checking one account tells whether DEMO_PASSWORD changed since the last seed, without
  // paying for an argon2 verification per user at every start.
  const probe = existing.find((u) => u.username === 'admin') ?? existing[0];
  const passwordChanged = probe !== undefined && !(await verifyPassword(probe.passwordHash, opts.password));
  const toReset = passwordChanged ? existing : [];

  // One hash per user so that each gets its own salt; argon2 runs on the libuv pool, in parallel.
  const missing = DEMO_USERS.filter((u) => !existingNames.has(u.username));
  const [newHashes, resetHashes] = await Promise.all([
    Promise.all(missing.map(() => hashPassword(opts.password))),
    Promise.all(toReset.map(() => hashPassword(opts.password))),
  ]);

  await db.transaction(async (tx) => {
    await tx
      .insert(bidang)
      .values(DEMO_ORG.map((b) => ({ code: b.code, name: b.name })))
      .onConflictDoNothing({ target: bidang.code });
    const bidangRows = await tx
      .select({ id: bidang.id, code: bidang.code })
      .from(bidang)
      .where(
        inArray(
          bidang.code,
          DEMO_ORG.map((b) => b.code),
        ),
      );
    const bidangId = new Map(bidangRows.map((r) => [r.code, r.id]));

    await tx
      .insert(seksi)
      .values(
        DEMO_ORG.flatMap((b) =>
          b.seksi.map((s) => ({ code: s.code, name: s.name, bidangId: mustGet(bidangId, b.code) })),
        ),
      )
      .onConflictDoNothing({ target: seksi.code });
    const seksiRows = await tx
      .select({ id: seksi.id, code: seksi.code })
      .from(seksi)
      .where(
        inArray(
          seksi.code,
          DEMO_ORG.flatMap((b) => b.seksi.map((s) => s.code)),
        ),
      );
    const seksiId = new Map(seksiRows.map((r) => [r.code, r.id]));

    if (missing.length > 0) {
      await tx
        .insert(users)
        .values(
          missing.map((u, i) => ({
            username: u.username,
            name: u.name,
            role: u.role,
            nip: u.nip,
            email: u.email,
            passwordHash: newHashes[i]!,
            bidangId: u.bidangCode ? mustGet(bidangId, u.bidangCode) : null,
            seksiId: u.seksiCode ? mustGet(seksiId, u.seksiCode) : null,
          })),
        )
        .onConflictDoNothing({ target: users.username });
    }

    // Demo databases seeded before users had an NIP or an email get theirs.
    for (const u of existing.filter((x) => x.nip === null || x.email === null)) {
      const demo = DEMO_USERS.find((d) => d.username === u.username);
      if (demo) await tx.update(users).set({ nip: u.nip ?? demo.nip, email: u.email ?? demo.email }).where(eq(users.id, u.id));
    }

    for (const [i, u] of toReset.entries()) {
      await tx
        .update(users)
        .set({ passwordHash: resetHashes[i]!, updatedAt: new Date() })
        .where(eq(users.id, u.id));
    }
  });

  return { usersCreated: missing.length, passwordsReset: toReset.length };
}

function mustGet<K, V>(map: Map<K, V>, key: K): V {
  const v = map.get(key);
  if (v === undefined) throw new Error(`demo seed: ${String(key)} not found`);
  return v;
}
