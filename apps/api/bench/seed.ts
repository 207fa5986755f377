/**
 * Bulk seeding of complaints for the benchmark (bench/run.ts) and the EXPLAIN test
 * (test/explain.test.ts): N cases spread over the SOP's steps, the demo organisation's units and
 * ages, each walked along the SOP with its history hash-chained, deadlines and the DUE_SOON instant
 * computed by the same code as the API, and the reporter's identity sealed with the real key, so
 * every endpoint (case file, tracking, inbox, transitions) works on the seeded rows.
 *
 * Rows go in with COPY (postgres-js `.writable()`), one transaction per batch of cases.
 *
 * The distribution: ages uniform over `spanDays` (default one year); each case moves through the
 * steps with a working-time duration drawn around half its step's standard (lognormal, about one
 * in five late), 6 % are rejected at intake, and one step visit in fifty gets stuck for up to 60
 * more working days — the long overdue tail a real office has. Whatever has not finished by `now` waits at
 * its current step. Units: three bidang weighted 45/35/20, seksi 60/40, officers 50/50.
 */
import { randomUUID } from 'node:crypto';
import {
  DEFAULT_CALENDAR,
  PRIVACY_NOTICE,
  SOP_TABLE,
  addWorkingMinutes,
  addWorkingTime,
  type TAction,
  type TComplaintType,
  type TRole,
  type TSopStep,
  type TStep,
  type WorkCalendar,
} from '@sigap/shared';
import type postgres from 'postgres';
import { historyHash } from '../src/domain/history';
import { dueSoonAt } from '../src/domain/inbox';
import { formatNumber, jakartaYear } from '../src/domain/numbers';
import { lookupHmac, sealJson } from '../src/domain/reporter-crypto';
import { hashTrackingSecret, newTrackingCode, newTrackingSecret } from '../src/domain/tracking';

export interface SeedOrg {
  tu: string[];
  kadis: string;
  bidang: { id: string; code: string; kabid: string; seksi: { id: string; code: string; kasi: string; officers: string[] }[] }[];
}

/** The demo organisation as seeded by seedDemo (db/seed-demo.ts), read back with its ids. */
export async function loadSeedOrg(sql: postgres.Sql): Promise<SeedOrg> {
  const users = await sql<{ id: string; username: string; role: string; bidang_id: string | null; seksi_id: string | null }[]>`
    select id, username, role, bidang_id, seksi_id from users where active order by username`;
  const bidangRows = await sql<{ id: string; code: string }[]>`select id, code from bidang order by code`;
  const seksiRows = await sql<{ id: string; code: string; bidang_id: string }[]>`select id, code, bidang_id from seksi order by code`;
  const one = (role: string, pred: (u: (typeof users)[number]) => boolean = () => true) => {
    const u = users.find((x) => x.role === role && pred(x));
    if (!u) throw new Error(`seed: no active ${role}`);
    return u.id;
  };
  return {
    tu: users.filter((u) => u.role === 'TATA_USAHA').map((u) => u.id),
    kadis: one('KEPALA_OPD'),
    bidang: bidangRows.map((b) => ({
      id: b.id,
      code: b.code,
      kabid: one('KEPALA_BIDANG', (u) => u.bidang_id === b.id),
      seksi: seksiRows
        .filter((s) => s.bidang_id === b.id)
        .map((s) => ({
          id: s.id,
          code: s.code,
          kasi: one('KEPALA_SEKSI', (u) => u.seksi_id === s.id),
          officers: users.filter((u) => u.role === 'PETUGAS_TEKNIS' && u.seksi_id === s.id).map((u) => u.id),
        })),
    })),
  };
}

export interface SeedOptions {
  count: number;
  /** The instant the data is seeded "as of" (ages are counted back from it). */
  now: Date;
  reporterKey: Buffer;
  /** Ages are uniform over this many days before `now`. */
  spanDays?: number;
  batchSize?: number;
  calendar?: WorkCalendar;
  /** Called after each batch. */
  onProgress?: (done: number, total: number) => void;
  /** Deterministic distribution (codes, secrets and ids stay random). */
  seed?: number;
  /** Keep up to this many (tracking code, secret) pairs of seeded cases, for the tracking benchmark. */
  sampleSize?: number;
  /** Tracking codes already in the table (a top-up passes the set of the earlier call); filled in. */
  codes?: Set<string>;
}

export interface SeedResult {
  cases: number;
  historyRows: number;
  /** A uniform sample of the seeded cases. */
  sample: { id: string; trackingCode: string; trackingSecret: string; step: TStep }[];
  byStep: Partial<Record<TStep, number>>;
}

/** mulberry32: a small seeded PRNG. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MAIN_PATH: { from: TSopStep; action: TAction; to: TStep }[] = [
  { from: 'REGISTRASI', action: 'REGISTER', to: 'DISPOSISI_OPD' },
  { from: 'DISPOSISI_OPD', action: 'DISPOSE_TO_BIDANG', to: 'DISPOSISI_BIDANG' },
  { from: 'DISPOSISI_BIDANG', action: 'DISPOSE_TO_SEKSI', to: 'PENUGASAN' },
  { from: 'PENUGASAN', action: 'ASSIGN_OFFICER', to: 'PEMERIKSAAN' },
  { from: 'PEMERIKSAAN', action: 'SUBMIT_INSPECTION_REPORT', to: 'DRAFT_AWAL' },
  { from: 'DRAFT_AWAL', action: 'SUBMIT_DRAFT', to: 'KOREKSI_SEKSI' },
  { from: 'KOREKSI_SEKSI', action: 'APPROVE_DRAFT_SEKSI', to: 'TELAAH_BIDANG' },
  { from: 'TELAAH_BIDANG', action: 'APPROVE_DRAFT_BIDANG', to: 'PENGESAHAN' },
  { from: 'PENGESAHAN', action: 'SIGN', to: 'PENGIRIMAN' },
  { from: 'PENGIRIMAN', action: 'DISPATCH', to: 'SELESAI' },
];

/** Working minutes of a standard, for drawing durations (a working day ≈ 510 minutes). */
function nominalMinutes(step: TSopStep): number {
  const s = SOP_TABLE[step].standard;
  if (!s) return 240; // PENGESAHAN: no standard; the head signs within about half a day
  return s.unit === 'HARI' ? s.amount * 510 : s.unit === 'JAM' ? s.amount * 60 : s.amount;
}

/** The share of step visits that get stuck (the office's overdue backlog). */
const STUCK_PER_STEP = 0.02;

const CONTENTS = [
  'Bantuan sosial untuk korban banjir di RT {n} belum tersalurkan sejak bulan lalu.',
  'Pengurusan KTP elektronik di kecamatan sudah tiga bulan belum selesai, mohon ditindaklanjuti.',
  'Data penerima PKH di kelurahan kami tidak sesuai, keluarga mampu menerima bantuan sedangkan lansia tidak.',
  'Petugas meminta biaya tambahan untuk penerbitan akta kelahiran anak saya (RT {n}).',
  'Panti rehabilitasi di wilayah kami kekurangan tenaga pendamping bagi penyandang disabilitas.',
  'Kartu keluarga hasil pindah datang belum diterbitkan meskipun berkas sudah lengkap.',
];
const TYPES: [TComplaintType, number][] = [
  ['PENGADUAN', 0.85],
  ['ASPIRASI', 0.15],
];
const CHANNELS: ['ONLINE' | 'SURAT' | 'DATANG_LANGSUNG' | 'SP4N_LAPOR', number][] = [
  ['ONLINE', 0.6],
  ['SURAT', 0.2],
  ['DATANG_LANGSUNG', 0.12],
  ['SP4N_LAPOR', 0.08],
];
const NAMES = ['Siti Rahmawati', 'Ahmad Fauzi', 'Dewi Lestari', 'Budi Santoso', 'Nur Aisyah', 'Rudi Hartono', 'Yuni Kartika', 'Hendra Saputra'];

/** COPY text format: tab-separated, `\N` for null, backslash escapes. */
function cell(v: unknown): string {
  if (v === null || v === undefined) return '\\N';
  const s = v instanceof Date ? v.toISOString() : typeof v === 'boolean' ? (v ? 't' : 'f') : typeof v === 'object' ? JSON.stringify(v) : String(v);
  return s.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));
}

async function copyInto(tx: postgres.TransactionSql, table: string, columns: string[], rows: unknown[][]): Promise<void> {
  if (rows.length === 0) return;
  const writable = await tx`copy ${tx(table)} (${tx(columns)}) from stdin`.writable();
  const chunk: string[] = [];
  const flush = () =>
    new Promise<void>((resolve, reject) => {
      const ok = writable.write(chunk.join(''), (err) => (err ? reject(err) : undefined));
      chunk.length = 0;
      if (ok) resolve();
      else writable.once('drain', resolve);
    });
  for (const r of rows) {
    chunk.push(`${r.map(cell).join('\t')}\n`);
    if (chunk.length >= 1000) await flush();
  }
  if (chunk.length) await flush();
  await new Promise<void>((resolve, reject) => {
    writable.once('error', reject);
    writable.end(resolve);
  });
}

const COMPLAINT_COLUMNS = [
  'id', 'tracking_code', 'tracking_secret_hash', 'type', 'channel', 'channel_ref', 'content', 'reporter_ciphertext', 'confidential',
  'reporter_phone_hmac', 'reporter_email_hmac', 'privacy_notice_version', 'legal_basis', 'step', 'version', 'bidang_id', 'seksi_id',
  'officer_id', 'agenda_number', 'letter_number', 'step_entered_at', 'step_deadline_at', 'step_due_soon_at', 'submitted_at', 'closed_at',
  'created_by', 'created_at', 'updated_at',
];
const VISIT_COLUMNS = ['complaint_id', 'submitted_at', 'type', 'channel', 'step', 'entered_at', 'deadline_at', 'left_at', 'working_minutes', 'on_time', 'bidang_id', 'seksi_id', 'officer_id'];
const HISTORY_COLUMNS = ['complaint_id', 'seq', 'step', 'from_step', 'action', 'actor_id', 'actor_role', 'payload', 'entered_at', 'deadline_at', 'prev_hash', 'hash'];
const DOCUMENT_COLUMNS = ['id', 'complaint_id', 'kind', 'title', 'version', 'content', 'created_by', 'created_at'];
const DELIVERY_COLUMNS = ['id', 'complaint_id', 'recipient', 'method', 'delivered_at', 'recorded_by'];

const REPORT = {
  mode: 'FIELD_VISIT',
  location: 'Kel. Telanaipura, Kota Jambi',
  findings: 'Ditemukan ketidaksesuaian dengan persyaratan teknis.',
  meetsTechnicalRequirements: false,
  recommendation: 'Terlapor diminta memperbaiki dalam 14 hari.',
  mediation: 'Para pihak sepakat bermusyawarah.',
};
const DRAFT = {
  terlapor: { name: 'PT Contoh Terlapor', address: 'Jl. Gatot Subroto No. 1, Jambi' },
  subject: 'Tindak lanjut pengaduan masyarakat',
  body: 'Berdasarkan hasil pemeriksaan lapangan, dengan ini kami sampaikan hasil dan rekomendasi sebagai berikut ...',
  tembusan: ['Pelapor', 'Camat Telanaipura'],
};

export async function seedCases(sql: postgres.Sql, org: SeedOrg, opts: SeedOptions): Promise<SeedResult> {
  const calendar = opts.calendar ?? DEFAULT_CALENDAR;
  const rnd = prng(opts.seed ?? 20261129);
  const spanMs = (opts.spanDays ?? 365) * 86_400_000;
  const batchSize = opts.batchSize ?? 5000;
  const sampleSize = opts.sampleSize ?? 2000;
  const pick = <T>(weighted: [T, number][]): T => {
    let r = rnd();
    for (const [v, w] of weighted) if ((r -= w) < 0) return v;
    return weighted[weighted.length - 1]![0];
  };
  const gauss = () => Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd());

  // Reporters: a pool, with their lookup HMACs computed once (HKDF per call is not free).
  const reporters = Array.from({ length: 500 }, (_, i) => {
    const phone = `+62812${String(10_000_000 + i * 7919).slice(0, 8)}`;
    const email = i % 3 === 0 ? null : `warga${i}@example.id`;
    const reporter = { name: NAMES[i % NAMES.length]!, address: `Jl. Kol. Abunjani No. ${i % 90}, Telanaipura, Jambi`, gender: i % 2 ? 'L' : 'P', phone, ...(email ? { email } : {}) };
    return { reporter, phoneHmac: lookupHmac(opts.reporterKey, 'phone', phone), emailHmac: email ? lookupHmac(opts.reporterKey, 'email', email) : null };
  });

  // Numbers continue the database's sequences (a top-up seeds after an earlier run).
  const seqRows = await sql<{ kind: string; year: number; last_value: number }[]>`select kind, year, last_value from number_sequences`;
  const counters = new Map(seqRows.map((r) => [`${r.kind}:${r.year}`, r.last_value]));
  const nextNumber = (kind: 'AGENDA' | 'LETTER', at: Date) => {
    const year = jakartaYear(at);
    const n = (counters.get(`${kind}:${year}`) ?? 0) + 1;
    counters.set(`${kind}:${year}`, n);
    return formatNumber[kind](n, year);
  };
  const codes = opts.codes ?? new Set<string>();

  const result: SeedResult = { cases: 0, historyRows: 0, sample: [], byStep: {} };
  const now = opts.now;
  const nowMs = now.getTime();

  // One batch is written (COPY, PostgreSQL's CPU) while the next is generated (this process's CPU);
  // generation yields to the event loop now and then so that the COPY stream keeps flowing.
  let writing: Promise<void> = Promise.resolve();
  for (let done = 0; done < opts.count; ) {
    const n = Math.min(batchSize, opts.count - done);
    const complaintRows: unknown[][] = [];
    const historyRows: unknown[][] = [];
    const visitRows: unknown[][] = [];
    const documentRows: unknown[][] = [];
    const deliveryRows: unknown[][] = [];

    for (let i = 0; i < n; i++) {
      if (i % 250 === 249) await new Promise((r) => setImmediate(r));
      const id = randomUUID();
      let trackingCode = newTrackingCode();
      while (codes.has(trackingCode)) trackingCode = newTrackingCode();
      codes.add(trackingCode);
      const trackingSecret = newTrackingSecret();
      const type = pick(TYPES);
      const channel = pick(CHANNELS);
      const staffChannel = channel !== 'ONLINE';
      const intakeBy = org.tu[Math.floor(rnd() * org.tu.length)]!;
      const rep = reporters[Math.floor(rnd() * reporters.length)]!;
      const b = org.bidang[pick(org.bidang.map((x, k) => [k, [0.45, 0.35, 0.2][k] ?? 0.1] as [number, number]))]!;
      const s = b.seksi[rnd() < 0.6 ? 0 : b.seksi.length - 1]!;
      const officer = s.officers[rnd() < 0.5 ? 0 : s.officers.length - 1]!;
      const submittedAt = new Date(nowMs - Math.floor(rnd() * spanMs));
      const confidential = rnd() < 0.1;

      // Walk the SOP until a step is not finished by `now`.
      let step: TStep = 'REGISTRASI';
      let enteredAt = submittedAt;
      const standardOf = (st: TSopStep) => SOP_TABLE[st].standard;
      let deadlineAt: Date | null = addWorkingTime(calendar, enteredAt, standardOf('REGISTRASI')!);
      let bidangId: string | null = null;
      let seksiId: string | null = null;
      let officerId: string | null = null;
      let agendaNumber: string | null = null;
      let letterNumber: string | null = null;
      let closedAt: Date | null = null;
      let seq = 1;
      let prevHash: string | null = null;
      const pushHistory = (h: { step: TStep; fromStep: TStep | null; action: TAction | null; actorId: string | null; actorRole: TRole; payload: Record<string, unknown>; enteredAt: Date; deadlineAt: Date | null }) => {
        const content = { complaintId: id, seq, ...h };
        const hash = historyHash(content, prevHash);
        historyRows.push([id, seq, h.step, h.fromStep, h.action, h.actorId, h.actorRole, h.payload, h.enteredAt, h.deadlineAt, prevHash, hash]);
        prevHash = hash;
        seq += 1;
      };
      pushHistory({
        step,
        fromStep: null,
        action: null,
        actorId: staffChannel ? intakeBy : null,
        actorRole: staffChannel ? 'TATA_USAHA' : 'PEMOHON',
        payload: { channel, ...(channel === 'SP4N_LAPOR' ? { channelRef: `LAPOR-${trackingCode.slice(4)}` } : {}) },
        enteredAt,
        deadlineAt,
      });

      for (;;) {
        const current = step as TSopStep;
        // Working minutes spent at this step: around half the standard, about one in five late,
        // and one step in fifty stuck for up to three more months (60 working days).
        let minutes = nominalMinutes(current) * Math.exp(Math.log(0.5) + 0.9 * gauss());
        if (rnd() < STUCK_PER_STEP) minutes += rnd() * 60 * 510;
        const workingMinutes = Math.max(1, Math.round(minutes));
        const leftAt = addWorkingMinutes(calendar, enteredAt, workingMinutes);
        if (leftAt.getTime() > nowMs) break;
        // The reports' read model (domain/reports/visits.ts): who held the case in this step.
        visitRows.push([id, submittedAt, type, channel, current, enteredAt, deadlineAt, leftAt, workingMinutes, deadlineAt ? leftAt <= deadlineAt : null, bidangId, seksiId, officerId]);
        const edge = current === 'REGISTRASI' && rnd() < 0.06 ? { from: current, action: 'REJECT_INTAKE' as const, to: 'DITOLAK' as const } : MAIN_PATH.find((e) => e.from === current)!;
        let actorId: string;
        let actorRole: TRole;
        let payload: Record<string, unknown>;
        switch (edge.action) {
          case 'REJECT_INTAKE':
            [actorId, actorRole, payload] = [intakeBy, 'TATA_USAHA', { reason: 'Bukan kewenangan Dinas; disarankan ke instansi terkait.' }];
            break;
          case 'REGISTER':
            agendaNumber = nextNumber('AGENDA', leftAt);
            [actorId, actorRole, payload] = [intakeBy, 'TATA_USAHA', { note: 'Surat diterima lengkap', agendaNumber }];
            documentRows.push([randomUUID(), id, 'LEMBAR_DISPOSISI', `Lembar Disposisi ${agendaNumber}`, 1, { agendaNumber, registeredAt: leftAt.toISOString(), registeredBy: intakeBy }, intakeBy, leftAt]);
            break;
          case 'DISPOSE_TO_BIDANG':
            bidangId = b.id;
            [actorId, actorRole, payload] = [org.kadis, 'KEPALA_OPD', { bidangId, instruction: 'Mohon ditindaklanjuti sesuai ketentuan.' }];
            break;
          case 'DISPOSE_TO_SEKSI':
            seksiId = s.id;
            [actorId, actorRole, payload] = [b.kabid, 'KEPALA_BIDANG', { seksiId, instruction: 'Periksa ke lokasi.' }];
            break;
          case 'ASSIGN_OFFICER':
            officerId = officer;
            [actorId, actorRole, payload] = [s.kasi, 'KEPALA_SEKSI', { officerId, instruction: 'Segera ke lapangan.' }];
            break;
          case 'SUBMIT_INSPECTION_REPORT': {
            const report = { ...REPORT, visitedAt: enteredAt.toISOString() };
            [actorId, actorRole, payload] = [officer, 'PETUGAS_TEKNIS', { report }];
            documentRows.push([randomUUID(), id, 'LHP', 'Laporan Hasil Pemeriksaan', 1, report, officer, leftAt]);
            break;
          }
          case 'SUBMIT_DRAFT':
            [actorId, actorRole, payload] = [officer, 'PETUGAS_TEKNIS', { draft: DRAFT }];
            documentRows.push([randomUUID(), id, 'DRAFT_SURAT', `Draf surat: ${DRAFT.subject}`, 1, DRAFT, officer, leftAt]);
            break;
          case 'APPROVE_DRAFT_SEKSI':
            [actorId, actorRole, payload] = [s.kasi, 'KEPALA_SEKSI', {}];
            break;
          case 'APPROVE_DRAFT_BIDANG':
            [actorId, actorRole, payload] = [b.kabid, 'KEPALA_BIDANG', {}];
            break;
          case 'SIGN':
            letterNumber = nextNumber('LETTER', leftAt);
            [actorId, actorRole, payload] = [org.kadis, 'KEPALA_OPD', { letterNumber }];
            break;
          default: {
            const deliveries = [
              { recipient: DRAFT.terlapor.name, method: 'KURIR' },
              { recipient: 'Pelapor', method: 'EMAIL' },
              { recipient: 'Camat Telanaipura', method: 'POS' },
            ];
            [actorId, actorRole, payload] = [intakeBy, 'TATA_USAHA', { deliveries }];
            for (const d of deliveries) deliveryRows.push([randomUUID(), id, d.recipient, d.method, leftAt, intakeBy]);
          }
        }
        const to = edge.to;
        const closing = to === 'SELESAI' || to === 'DITOLAK';
        const standard = closing ? null : standardOf(to as TSopStep);
        deadlineAt = standard ? addWorkingTime(calendar, leftAt, standard) : null;
        pushHistory({ step: to, fromStep: current, action: edge.action, actorId, actorRole, payload, enteredAt: leftAt, deadlineAt });
        step = to;
        enteredAt = leftAt;
        if (closing) {
          closedAt = leftAt;
          break;
        }
      }

      if (!closedAt) visitRows.push([id, submittedAt, type, channel, step, enteredAt, deadlineAt, null, null, null, bidangId, seksiId, officerId]);
      const version = seq - 1;
      const stepDueSoonAt = dueSoonAt(calendar, enteredAt, deadlineAt);
      complaintRows.push([
        id, trackingCode, hashTrackingSecret(trackingSecret), type, channel, channel === 'SP4N_LAPOR' ? `LAPOR-${trackingCode.slice(4)}` : null,
        CONTENTS[Math.floor(rnd() * CONTENTS.length)]!.replace('{n}', String(1 + Math.floor(rnd() * 20)).padStart(2, '0')),
        sealJson(opts.reporterKey, rep.reporter, id), confidential, rep.phoneHmac, rep.emailHmac, PRIVACY_NOTICE.version, PRIVACY_NOTICE.legalBasis,
        step, version, bidangId, seksiId, officerId, agendaNumber, letterNumber, enteredAt, deadlineAt, stepDueSoonAt, submittedAt, closedAt,
        staffChannel ? intakeBy : null, submittedAt, enteredAt,
      ]);
      result.byStep[step] = (result.byStep[step] ?? 0) + 1;
      // Reservoir sample over every seeded case.
      const seen = result.cases + i + 1;
      const entry = { id, trackingCode, trackingSecret, step };
      if (result.sample.length < sampleSize) result.sample.push(entry);
      else {
        const j = Math.floor(rnd() * seen);
        if (j < sampleSize) result.sample[j] = entry;
      }
    }

    await writing;
    done += n;
    result.cases += n;
    result.historyRows += historyRows.length;
    const reached = done;
    writing = sql
      .begin(async (tx) => {
        await copyInto(tx, 'complaints', COMPLAINT_COLUMNS, complaintRows);
        await copyInto(tx, 'step_history', HISTORY_COLUMNS, historyRows);
        await copyInto(tx, 'step_visits', VISIT_COLUMNS, visitRows);
        await copyInto(tx, 'documents', DOCUMENT_COLUMNS, documentRows);
        await copyInto(tx, 'deliveries', DELIVERY_COLUMNS, deliveryRows);
      })
      .then(() => opts.onProgress?.(reached, opts.count));
    // An unobserved rejection would end the process before the loop awaits it.
    writing.catch(() => {});
  }
  await writing;

  // The sequences go on from the seeded numbers, so a REGISTER or SIGN after seeding never clashes.
  for (const [key, value] of counters) {
    const [kind, year] = key.split(':');
    await sql`insert into number_sequences (kind, year, last_value) values (${kind!}, ${Number(year)}, ${value})
      on conflict (kind, year) do update set last_value = greatest(number_sequences.last_value, excluded.last_value)`;
  }
  return result;
}
