import { connect, createServer, type Socket } from 'node:net';

export interface TcpProxy {
  /** Stops listening and cuts every connection it carries. */
  close(): Promise<void>;
}

export interface TcpProxyOptions {
  /** Sees each chunk a client sends; a returned promise holds that chunk (and the client) until it settles. */
  readonly hold?: (chunk: Buffer) => Promise<void> | undefined;
}

/**
 * Forwards 127.0.0.1:`port` to `target`: a real server that a test can make appear at an address
 * (the PostgreSQL "coming up" while an API waits for it), and whose clients' messages it can hold
 * back to line up a race.
 */
export function startTcpProxy(port: number, target: { host: string; port: number }, options: TcpProxyOptions = {}): Promise<TcpProxy> {
  const sockets = new Set<Socket>();
  const track = (socket: Socket): void => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  };
  const server = createServer((client) => {
    const upstream = connect(target.port, target.host);
    track(client);
    track(upstream);
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
    upstream.pipe(client);
    client.on('data', (chunk: Buffer) => {
      const held = options.hold?.(chunk);
      if (!held) return void upstream.write(chunk);
      client.pause();
      void held.then(() => {
        upstream.write(chunk);
        client.resume();
      });
    });
    client.on('end', () => upstream.end());
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () =>
      resolve({
        close: () =>
          new Promise((done) => {
            for (const socket of sockets) socket.destroy();
            server.close(() => done());
          }),
      }),
    );
  });
}
