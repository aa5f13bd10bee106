import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { clientAddress } from './client-address';

const request = (remoteAddress: string, forwardedFor?: string) =>
  ({
    socket: { remoteAddress },
    connection: { remoteAddress },
    headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {},
  }) as unknown as IncomingMessage;

describe('the client address, as Express read it behind trusted proxies', () => {
  it.each([
    ['loopback', '127.0.0.1', '10.1.0.7', '10.1.0.7'],
    ['loopback', '127.0.0.1', undefined, '127.0.0.1'],
    ['loopback', '192.0.2.9', '10.1.0.7', '192.0.2.9'],
    ['loopback', '127.0.0.1', '203.0.113.5, 127.0.0.1', '203.0.113.5'],
    ['loopback, 10.0.0.0/8', '127.0.0.1', '203.0.113.5, 10.2.3.4', '203.0.113.5'],
    ['10.0.0.1', '127.0.0.1', '10.1.0.7', '127.0.0.1'],
  ])('trusting %s, from %s forwarding %s: %s', (trust, from, forwarded, expected) => {
    expect(clientAddress(trust)(request(from, forwarded))).toBe(expected);
  });

  it('refuses a setting that is not a list of addresses, as Express did at startup', () => {
    expect(() => clientAddress('true')).toThrow(/invalid IP address/);
  });
});
