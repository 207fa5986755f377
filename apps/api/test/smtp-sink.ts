/**
 * A real SMTP server for the tests (the `smtp-server` package, the same protocol as any MTA):
 * every message it accepts is parsed with mailparser and kept. Plain SMTP on 127.0.0.1 without
 * STARTTLS or AUTH, as a relay inside the office network would be; `stop()` and `start()` on the
 * same port model an SMTP server that goes down and comes back.
 */
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string[];
  from: string;
  subject: string;
  text: string;
  html: string;
  outboxId: string;
  messageId: string;
  attachments: { filename: string; contentType: string; content: Buffer }[];
  raw: ParsedMail;
}

export interface SmtpSink {
  port: number;
  url: string;
  messages: ReceivedMail[];
  /** Messages to one address. */
  to(address: string): ReceivedMail[];
  /** Closes the listener (connections are refused until `start()`). */
  stop(): Promise<void>;
  /** Listens again on the same port. */
  start(): Promise<void>;
  clear(): void;
}

export async function startSmtpSink(port = 0): Promise<SmtpSink> {
  const messages: ReceivedMail[] = [];
  let server: SMTPServer | null = null;
  let boundPort = port;

  const listen = async () => {
    server = new SMTPServer({
      disabledCommands: ['STARTTLS', 'AUTH'],
      authOptional: true,
      logger: false,
      onData(stream, session, callback) {
        simpleParser(stream)
          .then((m) => {
            const header = (name: string) => {
              const v = m.headers.get(name);
              return typeof v === 'string' ? v : '';
            };
            messages.push({
              to: (session.envelope.rcptTo ?? []).map((r) => r.address.toLowerCase()),
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
              subject: m.subject ?? '',
              text: m.text ?? '',
              html: typeof m.html === 'string' ? m.html : '',
              outboxId: header('x-sigap-outbox-id'),
              messageId: m.messageId ?? '',
              attachments: m.attachments.map((a) => ({ filename: a.filename ?? '', contentType: a.contentType, content: a.content })),
              raw: m,
            });
            callback();
          })
          .catch((err: Error) => callback(err));
      },
    });
    await new Promise<void>((resolve, reject) => {
      server!.once('error', reject);
      server!.listen(boundPort, '127.0.0.1', () => resolve());
    });
    boundPort = (server!.server.address() as AddressInfo).port;
  };
  await listen();

  return {
    get port() {
      return boundPort;
    },
    get url() {
      return `smtp://127.0.0.1:${boundPort}`;
    },
    messages,
    to: (address) => messages.filter((m) => m.to.includes(address.toLowerCase())),
    stop: () =>
      new Promise<void>((resolve) => {
        const s = server;
        server = null;
        if (!s) return resolve();
        s.close(() => resolve());
      }),
    start: async () => {
      if (!server) await listen();
    },
    clear: () => {
      messages.length = 0;
    },
  };
}
