/**
 * The benchmark's baseline: bare Fastify + postgres.js, no framework of ours (no auth plugin, no
 * zod, no drizzle, no SOP machine, no working-time calendar), answering the same paths with the
 * same SQL statements per request as SIGAP's endpoints do (taken from the PostgreSQL statement log
 * of each endpoint), so that the benchmark's ratio is SIGAP's own cost over the cost of its SQL.
 * The reports' statements are long and built from filters: those are taken from SIGAP's own
 * builders (drizzle's `sql` objects rendered to text here) rather than copied.
 *
 *   node --import tsx bench/baseline.ts   (PORT, DATABASE_URL)
 *
 * Authentication is the same one query SIGAP runs per request, keyed by the claims read from the
 * bearer token without verifying it.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import Fastify from 'fastify';
import postgres from 'postgres';
import { exportStatements } from '../src/domain/reports/export';
import { REPORT_WORK_MEM, summaryStatements } from '../src/domain/reports/summary';

const sql = postgres(process.env.DATABASE_URL!, { max: 10, prepare: process.env.BASELINE_PREPARE !== 'false', onnotice: () => {}, connection: { application_name: 'sigap-baseline' } });
const app = Fastify({ logger: false, trustProxy: true, bodyLimit: 256 * 1024 });

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const b64 = (bytes: number) => randomBytes(bytes).toString('base64url');
const hour = 3600_000;

type Actor = { id: string; role: string; bidang_id: string | null; seksi_id: string | null; username: string; name: string };

async function actorOf(authorization: string | undefined): Promise<Actor | null> {
  const token = authorization?.slice(7) ?? '';
  const payload = token.split('.')[1];
  if (!payload) return null;
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as { sub: string; sid: string; tv: number };
  const [row] = await sql<Actor[]>`
    select users.id, users.username, users.name, users.role, users.bidang_id, users.seksi_id
    from users inner join sessions on sessions.user_id = users.id
    where users.id = ${claims.sub} and users.active = ${true} and users.token_version = ${claims.tv}
      and sessions.id = ${claims.sid} and sessions.revoked_at is null and sessions.expires_at > now()
    limit ${1}`;
  return row ?? null;
}

const calendar = (q: postgres.Sql | postgres.TransactionSql = sql) =>
  q`select calendar_settings.calendar, calendar_settings.updated_at, users.id, users.name
    from calendar_settings left join users on users.id = calendar_settings.updated_by limit ${1}`;

async function rateLimit(q: postgres.Sql | postgres.TransactionSql, bucket: string, ip: string, windowMs: number) {
  const windowStart = new Date(Math.floor(Date.now() / windowMs) * windowMs);
  const [row] = await q<{ hits: number }[]>`
    with up as (
      insert into rate_limit_counters (bucket, subject, window_start, hits) values (${bucket}, ${sha256(`${bucket}:${ip}`)}, ${windowStart}, ${1})
      on conflict (bucket, subject, window_start) do update set hits = rate_limit_counters.hits + 1 returning hits
    ), purge as (
      delete from rate_limit_counters where window_start < ${new Date(windowStart.getTime() - windowMs)} and (select hits from up) = 1
    )
    select hits from up`;
  return row!.hits;
}

/** SIGAP's notifyStaff: one statement, the in-app notifications and their mail for an audience. */
const notifyStaff = (tx: postgres.TransactionSql, kind: string, complaintId: string, step: string, deadline: Date | null, now: Date, who: postgres.PendingQuery<postgres.Row[]>) =>
  tx`with n as (
      insert into notifications (user_id, kind, complaint_id, step, deadline_at, late_working_minutes, created_at)
      select u.id, ${kind}, ${complaintId}, ${step}, ${deadline}::timestamptz, ${null}::integer, ${now}::timestamptz from users u where ${who}
      returning id, user_id
    ), m as (
      insert into mail_outbox (kind, user_id, complaint_id, notification_id, payload, dedupe_key, next_attempt_at, created_at)
      select ${kind}, n.user_id, ${complaintId}, n.id, ${JSON.stringify({ step, deadlineAt: deadline })}::jsonb, 'n:' || n.id, ${now}::timestamptz, ${now}::timestamptz
      from n join users u on u.id = n.user_id
      where u.email is not null and coalesce((u.mail_preferences ->> ${kind})::boolean, ${true}::boolean)
    )
    select count(*)::integer as notified from n`;

app.setErrorHandler((err, _request, reply) => {
  console.error(`baseline: ${err instanceof Error ? err.message : String(err)}`);
  return reply.code(500).send({ status: 500 });
});

app.get('/api/health', async () => ({ status: 'ok' }));

// ---- POST /api/v1/public/complaints -------------------------------------------------------------
app.post('/api/v1/public/complaints', async (request, reply) => {
  const body = request.body as { type: string; content: string; reporter: Record<string, string> };
  const key = String(request.headers['idempotency-key'] ?? randomUUID());
  const now = new Date();
  const id = randomUUID();
  const trackingCode = `SGP-${b64(6).toUpperCase().replace(/[^A-Z0-9]/g, '0').slice(0, 4)}-${b64(6).toUpperCase().replace(/[^A-Z0-9]/g, '0').slice(0, 4)}`;
  const trackingSecret = b64(20);
  // SIGAP's statements and pipelines (domain/idempotency.ts, complaints.ts submitComplaint).
  const result = await sql.begin(async (tx) => {
    await Promise.all([
      tx`delete from idempotency_keys where created_at < ${new Date(now.getTime() - 24 * hour)}`,
      tx`insert into idempotency_keys (key, scope, request_hash, created_at) values (${key}, ${'public-submit'}, ${sha256(JSON.stringify(body))}, ${now})
        on conflict do nothing returning key`,
    ]);
    await Promise.all([rateLimit(tx, 'public-submit', request.ip, hour), calendar(tx), tx`select id from complaints where tracking_code = ${trackingCode} limit ${1}`]);
    const deadline = new Date(now.getTime() + hour);
    const answer = { trackingCode, trackingSecret, status: 'DALAM_PROSES', step: 'REGISTRASI', submittedAt: now.toISOString(), expectedCompletionAt: new Date(now.getTime() + 14 * 24 * hour).toISOString() };
    const payload = { channel: 'ONLINE' };
    await Promise.all([
      tx`insert into complaints (id, tracking_code, tracking_secret_hash, type, channel, channel_ref, content, reporter_ciphertext, confidential,
          reporter_phone_hmac, reporter_email_hmac, privacy_notice_version, legal_basis, step, version, step_entered_at, step_deadline_at,
          step_due_soon_at, submitted_at, created_by)
        values (${id}, ${trackingCode}, ${sha256(trackingSecret)}, ${body.type}, ${'ONLINE'}, ${null}, ${body.content},
          ${Buffer.from(JSON.stringify(body.reporter)).toString('base64url')}, ${false}, ${sha256(body.reporter.phone ?? '')}, ${sha256(body.reporter.email ?? '')},
          ${'bench'}, ${'bench'}, ${'REGISTRASI'}, ${1}, ${now}, ${deadline}, ${new Date(deadline.getTime() - 15 * 60_000)}, ${now}, ${null})`,
      tx`insert into step_history (complaint_id, seq, step, from_step, action, actor_id, actor_role, payload, entered_at, deadline_at, prev_hash, hash)
        values (${id}, ${1}, ${'REGISTRASI'}, ${null}, ${null}, ${null}, ${'PEMOHON'}, ${tx.json(payload)}, ${now}, ${deadline},
          ${null}, ${sha256(`${id}:${JSON.stringify(payload)}`)})`,
      tx`insert into step_visits (complaint_id, submitted_at, type, channel, step, entered_at, deadline_at, bidang_id, seksi_id, officer_id)
        values (${id}, ${now}, ${body.type}, ${'ONLINE'}, ${'REGISTRASI'}, ${now}, ${deadline}, ${null}, ${null}, ${null})`,
      notifyStaff(tx, 'INBOX_NEW', id, 'REGISTRASI', deadline, now, tx`u.active and u.role = ${'TATA_USAHA'}`),
      tx`insert into mail_outbox (kind, user_id, complaint_id, payload, dedupe_key, next_attempt_at, created_at)
        values (${'RECEIPT'}, ${null}, ${id}, ${tx.json({ milestone: 'SUBMITTED' })}, ${`c:${id}:SUBMITTED`}, ${now}, ${now}) on conflict (dedupe_key) do nothing`,
      tx`update idempotency_keys set response_status = ${201}, response_body = ${tx.json({ sealed: JSON.stringify(answer) })}
        where scope = ${'public-submit'} and key = ${key}`,
    ]);
    return answer;
  });
  return reply.code(201).send(result);
});

// ---- GET /api/v1/public/complaints/:code --------------------------------------------------------
app.get('/api/v1/public/complaints/:code', async (request, reply) => {
  await rateLimit(sql, 'public-track', request.ip, 60_000);
  const code = (request.params as { code: string }).code.toUpperCase();
  const [row] = await sql`select * from complaints where tracking_code = ${code} limit ${1}`;
  const secret = String(request.headers['x-tracking-secret'] ?? '').toUpperCase().replace(/[\s-]/g, '');
  if (!row || sha256(secret) !== row.tracking_secret_hash) return reply.code(404).send({ status: 404 });
  await calendar();
  const history = await sql`select seq, from_step, action, entered_at, payload from step_history where complaint_id = ${row.id} order by seq asc`;
  return {
    trackingCode: row.tracking_code,
    type: row.type,
    step: row.step,
    submittedAt: row.submitted_at,
    closedAt: row.closed_at,
    timeline: history.map((h) => ({ at: h.entered_at, action: h.action })),
  };
});

// ---- GET /api/v1/inbox --------------------------------------------------------------------------
const STEPS_OF: Record<string, string[]> = {
  TATA_USAHA: ['REGISTRASI', 'PENGIRIMAN'],
  KEPALA_OPD: ['DISPOSISI_OPD', 'PENGESAHAN'],
  KEPALA_BIDANG: ['DISPOSISI_BIDANG', 'TELAAH_BIDANG'],
  KEPALA_SEKSI: ['PENUGASAN', 'KOREKSI_SEKSI'],
  PETUGAS_TEKNIS: ['PEMERIKSAAN', 'DRAFT_AWAL'],
};

app.get('/api/v1/inbox', async (request, reply) => {
  const actor = await actorOf(request.headers.authorization);
  if (!actor) return reply.code(401).send({ status: 401 });
  const steps = STEPS_OF[actor.role] ?? [];
  const limit = 25;
  const now = new Date().toISOString();
  const scope =
    actor.role === 'KEPALA_BIDANG' ? sql`and bidang_id = ${actor.bidang_id}` : actor.role === 'KEPALA_SEKSI' ? sql`and seksi_id = ${actor.seksi_id}` : actor.role === 'PETUGAS_TEKNIS' ? sql`and officer_id = ${actor.id}` : sql``;
  const branch = (step: string) => sql`(select id, tracking_code, agenda_number, type, channel, step, step_entered_at, step_deadline_at, step_due_soon_at,
      submitted_at, version, coalesce(step_deadline_at, 'infinity'::timestamptz) as sort_key
    from complaints where step = ${step} ${scope} order by coalesce(step_deadline_at, 'infinity'::timestamptz) asc, id asc limit ${limit + 1})`;
  const [counts, , rows] = await Promise.all([
    sql`select count(*) filter (where step_deadline_at is null) as none,
        count(*) filter (where step_deadline_at <= ${now}::timestamptz) as overdue,
        count(*) filter (where step_deadline_at > ${now}::timestamptz and step_due_soon_at <= ${now}::timestamptz) as due_soon,
        count(*) filter (where step_due_soon_at > ${now}::timestamptz) as on_time,
        count(*) filter (where step_deadline_at is not null and step_due_soon_at is null) as missing
      from complaints where step in ${sql(steps)} ${scope}`,
    calendar(),
    sql`${branch(steps[0]!)} union all ${branch(steps[1]!)} order by sort_key, id asc limit ${limit + 1}`,
  ]);
  const c = counts[0]!;
  return {
    items: rows.slice(0, limit).map((r) => ({
      id: r.id,
      trackingCode: r.tracking_code,
      agendaNumber: r.agenda_number,
      type: r.type,
      channel: r.channel,
      step: r.step,
      stepEnteredAt: r.step_entered_at,
      deadlineAt: r.step_deadline_at,
      slaState: r.step_deadline_at === null ? 'NONE' : r.step_deadline_at <= new Date() ? 'OVERDUE' : r.step_due_soon_at <= new Date() ? 'DUE_SOON' : 'ON_TIME',
      submittedAt: r.submitted_at,
      version: r.version,
    })),
    nextCursor: rows.length > limit ? String(rows[limit - 1]!.id) : null,
    counts: { ON_TIME: Number(c.on_time), DUE_SOON: Number(c.due_soon), OVERDUE: Number(c.overdue), NONE: Number(c.none) },
  };
});

// ---- GET /api/v1/complaints/:id and the case file after a transition ----------------------------
async function caseFile(id: string) {
  // As SIGAP (caseDetail): everything read by the id at once, then the people named in it.
  const [[row], , history, docs, deliveries, draft, bidang, seksi] = await Promise.all([
    sql`select * from complaints where id = ${id} limit ${1}`,
    calendar(),
    sql`select * from step_history where complaint_id = ${id} order by seq asc`,
    sql`select id, complaint_id, kind, title, version, content, sha256, storage_path, media_type, size_bytes, created_by, created_at
      from documents where complaint_id = ${id} order by created_at asc, version asc`,
    sql`select * from deliveries where complaint_id = ${id} order by delivered_at asc`,
    sql`select content from documents where complaint_id = ${id} and kind = ${'DRAFT_SURAT'} order by version desc limit ${1}`,
    sql`select id, code, name from bidang`,
    sql`select id, code, name, bidang_id from seksi`,
  ]);
  if (!row) return null;
  const userIds = [...new Set([...history.map((h) => h.actor_id), row.officer_id, ...docs.map((d) => d.created_by)].filter(Boolean))] as string[];
  const people = userIds.length ? await sql`select id, username, name, role from users where id in ${sql(userIds)}` : [];
  const person = (uid: string | null) => people.find((p) => p.id === uid) ?? null;
  return {
    id: row.id,
    trackingCode: row.tracking_code,
    agendaNumber: row.agenda_number,
    type: row.type,
    channel: row.channel,
    content: row.content,
    step: row.step,
    version: row.version,
    submittedAt: row.submitted_at,
    deadlineAt: row.step_deadline_at,
    assignment: { bidang: bidang.find((b) => b.id === row.bidang_id) ?? null, seksi: seksi.find((s) => s.id === row.seksi_id) ?? null, officer: person(row.officer_id) },
    history: history.map((h) => ({ seq: h.seq, step: h.step, fromStep: h.from_step, action: h.action, actor: person(h.actor_id), payload: h.payload, enteredAt: h.entered_at, deadlineAt: h.deadline_at, hash: h.hash })),
    documents: docs.map((d) => ({ id: d.id, kind: d.kind, title: d.title, version: d.version, createdAt: d.created_at })),
    deliveries: deliveries.map((d) => ({ id: d.id, recipient: d.recipient, method: d.method, deliveredAt: d.delivered_at })),
    draft: draft[0]?.content ?? null,
  };
}

app.get('/api/v1/complaints/:id', async (request, reply) => {
  const actor = await actorOf(request.headers.authorization);
  if (!actor) return reply.code(401).send({ status: 401 });
  const file = await caseFile((request.params as { id: string }).id);
  return file ?? reply.code(404).send({ status: 404 });
});

// ---- POST /api/v1/complaints/:id/transitions (REASSIGN_OFFICER) ---------------------------------
app.post('/api/v1/complaints/:id/transitions', async (request, reply) => {
  const actor = await actorOf(request.headers.authorization);
  if (!actor) return reply.code(401).send({ status: 401 });
  const id = (request.params as { id: string }).id;
  const body = request.body as { action: string; version: number; officerId: string; instruction?: string };
  const now = new Date();
  // SIGAP's statements and pipelines (domain/complaints.ts applyTransition): REASSIGN_OFFICER keeps the
  // step (no visit changes), records the history and tells the new officer.
  const ok = await sql.begin(async (tx) => {
    const [[row]] = await Promise.all([
      tx`select * from complaints where id = ${id} limit ${1}`,
      tx`select content from documents where complaint_id = ${id} and kind = ${'DRAFT_SURAT'} order by version desc limit ${1}`,
      calendar(tx),
      tx`select id from bidang`,
      tx`select id, bidang_id from seksi`,
      tx`select id, seksi_id from users where role = ${'PETUGAS_TEKNIS'} and active = ${true}`,
    ]);
    if (!row) return false;
    const [updated, [last]] = await Promise.all([
      tx`update complaints set step = ${row.step}, version = ${body.version + 1}, bidang_id = ${row.bidang_id}, seksi_id = ${row.seksi_id},
          officer_id = ${body.officerId}, step_entered_at = ${row.step_entered_at}, step_deadline_at = ${row.step_deadline_at},
          step_due_soon_at = ${row.step_due_soon_at}, closed_at = ${row.closed_at}, updated_at = ${now}
        where id = ${id} and version = ${body.version} returning id`,
      tx<{ seq: number; hash: string }[]>`select seq, hash from step_history where complaint_id = ${id} order by seq desc limit ${1}`,
    ]);
    if (updated.length === 0) return false;
    const payload = { officerId: body.officerId, instruction: body.instruction ?? null };
    await Promise.all([
      tx`insert into step_history (complaint_id, seq, step, from_step, action, actor_id, actor_role, payload, entered_at, deadline_at, prev_hash, hash)
        values (${id}, ${(last?.seq ?? 0) + 1}, ${row.step}, ${row.step}, ${body.action}, ${actor.id}, ${actor.role}, ${tx.json(payload)}, ${now},
          ${row.step_deadline_at}, ${last?.hash ?? null}, ${sha256(`${id}:${last?.hash}:${JSON.stringify(payload)}`)})`,
      notifyStaff(tx, 'INBOX_NEW', id, row.step as string, row.step_deadline_at as Date | null, now, tx`u.active and u.role = ${'PETUGAS_TEKNIS'} and u.id = ${body.officerId} and u.id <> ${actor.id}`),
    ]);
    return true;
  });
  if (!ok) return reply.code(409).send({ status: 409 });
  return caseFile(id);
});

// ---- GET /api/v1/reports/summary and /reports/export (csv) --------------------------------------
// The same statements as SIGAP's (domain/reports), rendered to text once per request and run by
// postgres.js; the answer is the rows as they come (no shaping, no working-time arithmetic).
const dialect = new PgDialect();
const run = (statement: SQL) => {
  const q = dialect.sqlToQuery(statement);
  return sql.unsafe(q.sql, q.params as postgres.ParameterOrJSON<never>[]);
};
const reportFilter = (q: Record<string, string | undefined>) => ({ from: q.from!, to: q.to! });

app.get('/api/v1/reports/summary', async (request, reply) => {
  const actor = await actorOf(request.headers.authorization);
  if (!actor) return reply.code(401).send({ status: 401 });
  const statements = summaryStatements(reportFilter(request.query as Record<string, string>), new Date());
  // As SIGAP: the two sorting statements each in a transaction with REPORT_WORK_MEM.
  const sorted = (statement: SQL) => {
    const q = dialect.sqlToQuery(statement);
    return sql.begin(async (tx) => {
      await tx.unsafe(`set local work_mem = '${REPORT_WORK_MEM}'`);
      return tx.unsafe(q.sql, q.params as postgres.ParameterOrJSON<never>[]);
    });
  };
  const entries = await Promise.all(
    Object.entries(statements).map(async ([k, st]) => [k, await (k === 'counts' || k === 'kpis' ? sorted(st) : run(st))] as const),
  );
  return Object.fromEntries(entries);
});

app.get('/api/v1/reports/export', async (request, reply) => {
  const actor = await actorOf(request.headers.authorization);
  if (!actor) return reply.code(401).send({ status: 401 });
  const f = reportFilter(request.query as Record<string, string>);
  async function* csv() {
    let after: { at: string; id: string } | null = null;
    for (;;) {
      const cases = await run(exportStatements.cases(f, after));
      if (cases.length === 0) return;
      const visits = await run(exportStatements.visits(cases.map((c) => c.id as string)));
      yield `${cases.map((c) => Object.values(c).join(',')).join('\n')}\n${visits.map((v) => Object.values(v).join(',')).join('\n')}\n`;
      const tail = cases[cases.length - 1]!;
      after = { at: new Date(tail.submitted_at as string).toISOString(), id: tail.id as string };
      if (cases.length < exportStatements.PAGE) return;
    }
  }
  return reply.header('content-type', 'text/csv; charset=utf-8').send(Readable.from(csv()));
});

const port = Number(process.env.PORT ?? 3902);
await app.listen({ port, host: '127.0.0.1' });
console.log(`baseline listening on http://127.0.0.1:${port}`);
const stop = async () => {
  await app.close();
  await sql.end({ timeout: 2 });
  process.exit(0);
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
