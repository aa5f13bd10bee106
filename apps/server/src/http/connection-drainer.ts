import type { Server, ServerResponse } from 'node:http';
import { Server as NetServer, type Socket } from 'node:net';

/** A keep-alive connection quiet this long after its last answer has no request coming. */
const IDLE_MS = 500;

interface Connection {
  requests: number;
  idleSince: number;
}

/**
 * Drains an HTTP server without resetting a request on a reused keep-alive connection. On
 * `drain()` it stops accepting connections; every answer from then on (those in flight and
 * those still to come on open connections) says `Connection: close`, so the client opens its
 * next connection elsewhere (another replica behind the proxy); a connection is closed only
 * after it has been quiet for a moment, so a request its client has just sent is not cut off
 * as it would be by closing "idle" connections at once (what `server.close()` does). After
 * `graceMs` whatever is left is destroyed.
 */
export function connectionDrainer(server: Server, graceMs = 10_000): { drain(): Promise<void> } {
  const connections = new Map<Socket, Connection>();
  const inFlight = new Set<ServerResponse>();
  let draining = false;

  server.on('connection', (socket: Socket) => {
    connections.set(socket, { requests: 0, idleSince: Date.now() });
    socket.once('close', () => connections.delete(socket));
  });
  // A WebSocket belongs to graphql-ws from its upgrade on; its server closes it.
  server.on('upgrade', (req) => connections.delete(req.socket));
  server.prependListener('request', (req, res) => {
    if (draining) res.setHeader('Connection', 'close');
    const connection = connections.get(req.socket);
    inFlight.add(res);
    if (connection) connection.requests += 1;
    res.once('close', () => {
      inFlight.delete(res);
      if (!connection) return;
      connection.requests -= 1;
      connection.idleSince = Date.now();
    });
  });

  return {
    async drain() {
      draining = true;
      for (const res of inFlight) if (!res.headersSent) res.setHeader('Connection', 'close');
      const closed = new Promise<void>((resolve) =>
        // net's close: stop listening and wait for the connections; http's would also cut idle ones.
        NetServer.prototype.close.call(server, () => resolve()),
      );
      const sweep = setInterval(() => {
        const now = Date.now();
        for (const [socket, c] of connections)
          if (c.requests === 0 && now - c.idleSince >= IDLE_MS) socket.end();
      }, 50);
      const deadline = setTimeout(() => {
        for (const socket of connections.keys()) socket.destroy();
      }, graceMs);
      await closed;
      clearInterval(sweep);
      clearTimeout(deadline);
    },
  };
}
