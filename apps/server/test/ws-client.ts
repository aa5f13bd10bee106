import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { GqlClient } from './test-server';

/** A graphql-ws connection carrying a client's cookies, as a browser of that client opens it. */
export function socketOf(baseUrl: string, client: GqlClient): Client {
  const cookie = [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  return createClient({
    url: `${baseUrl.replace('http', 'ws')}/graphql`,
    webSocketImpl: class extends WebSocket {
      constructor(url: string, protocols?: string | string[]) {
        super(url, protocols, { headers: { cookie } });
      }
    },
    retryAttempts: 0,
    lazy: false,
  });
}

export interface WsAnswer {
  data?: Record<string, any> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** The first answer to an operation sent over the socket: its first result, or its errors. */
export function firstAnswer(
  socket: Client,
  payload: { query: string; variables?: Record<string, unknown> },
  ms = 5000,
): Promise<WsAnswer> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no answer over the socket')), ms);
    const stop = socket.subscribe(payload, {
      next: (result) => {
        clearTimeout(timer);
        stop();
        resolve(result as WsAnswer);
      },
      error: (error) => {
        clearTimeout(timer);
        if (Array.isArray(error)) resolve({ errors: error });
        else reject(error instanceof Error ? error : new Error(JSON.stringify(error)));
      },
      complete: () => {},
    });
  });
}
