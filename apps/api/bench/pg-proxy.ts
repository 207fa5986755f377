/**
 * A TCP proxy in front of PostgreSQL that counts round trips: a "flight" is what a client sends
 * before it hears back, so N statements pipelined together are one flight and a statement sent in
 * two steps (Parse/Describe, then Bind/Execute) is two. Used by `pnpm bench` (the round-trips column,
 * for SIGAP and the baseline alike) and by test/round-trips.test.ts. Byte-transparent otherwise.
 */
import net from 'node:net';

export interface PgProxy {
  /** The database URL `target` with host and port replaced by the proxy's. */
  url: string;
  /** Flights since the last reset (all connections). */
  flights(): number;
  reset(): void;
  close(): Promise<void>;
}

export async function startPgProxy(target: string): Promise<PgProxy> {
  const t = new URL(target);
  const host = t.hostname || '127.0.0.1';
  const port = Number(t.port || 5432);
  let flights = 0;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(port, host);
    sockets.add(client).add(upstream);
    // The client's first bytes (StartupMessage) open a flight like any other.
    let heardBack = true;
    client.on('data', (d) => {
      if (heardBack) flights += 1;
      heardBack = false;
      upstream.write(d);
    });
    upstream.on('data', (d) => {
      heardBack = true;
      client.write(d);
    });
    const end = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('close', end).on('error', end);
    upstream.on('close', end).on('error', end);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port: proxyPort } = server.address() as net.AddressInfo;
  const url = new URL(target);
  url.hostname = '127.0.0.1';
  url.port = String(proxyPort);
  return {
    url: url.toString(),
    flights: () => flights,
    reset: () => {
      flights = 0;
    },
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
