import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A message a robot receiver took: which robot, the markdown it carried. */
export interface RobotMessage {
  robot: 'wecom' | 'dingtalk';
  key: string;
  title: string | null;
  text: string;
}

/**
 * An HTTP server on loopback standing for WeCom's and DingTalk's robot webhooks. It answers as
 * they do (`{ errcode, errmsg }`), checks DingTalk's signature with the secret it is given
 * (refusing a wrong or stale one as DingTalk does, errcode 310000), and can be "down" (503).
 */
export async function robotReceiver(dingtalkSecret: string) {
  const received: RobotMessage[] = [];
  const refused: string[] = [];
  const state = { down: false, delayMs: 0 };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      if (state.delayMs) await new Promise((r) => setTimeout(r, state.delayMs));
      const answer = (errcode: number, errmsg: string, status = 200) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ errcode, errmsg }));
      };
      if (state.down) return answer(-1, 'down', 503);
      const url = new URL(req.url!, 'http://127.0.0.1');
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      if (url.pathname === '/cgi-bin/webhook/send') {
        received.push({
          robot: 'wecom',
          key: url.searchParams.get('key')!,
          title: null,
          text: body.markdown.content,
        });
        return answer(0, 'ok');
      }
      if (url.pathname === '/robot/send') {
        const timestamp = Number(url.searchParams.get('timestamp'));
        const sign = Buffer.from(url.searchParams.get('sign') ?? '');
        const expected = Buffer.from(
          createHmac('sha256', dingtalkSecret)
            .update(`${timestamp}\n${dingtalkSecret}`)
            .digest('base64'),
        );
        const fresh = Math.abs(Date.now() - timestamp) < 3_600_000;
        if (!fresh || sign.length !== expected.length || !timingSafeEqual(sign, expected)) {
          refused.push(url.search);
          return answer(310000, 'sign not match');
        }
        received.push({
          robot: 'dingtalk',
          key: url.searchParams.get('access_token')!,
          title: body.markdown.title,
          text: body.markdown.text,
        });
        return answer(0, 'ok');
      }
      answer(404, 'not found', 404);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    received,
    refused,
    state,
    wecomUrl: (key: string) => `http://127.0.0.1:${port}/cgi-bin/webhook/send?key=${key}`,
    dingtalkUrl: (token: string) => `http://127.0.0.1:${port}/robot/send?access_token=${token}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export interface Mail {
  from: string;
  to: string[];
  subject: string;
  text: string;
  messageId: string;
  user: string | null;
}

/** A real SMTP server (smtp-server) on loopback with one account; parses what it receives. */
export async function smtpReceiver(account: { user: string; pass: string }) {
  const mailbox: Mail[] = [];
  const server = new SMTPServer({
    secure: false,
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    authOptional: false,
    logger: false,
    onAuth(auth, _session, cb) {
      if (auth.username === account.user && auth.password === account.pass)
        return cb(null, { user: auth.username });
      cb(new Error('Invalid username or password'));
    },
    onData(stream, session, cb) {
      simpleParser(stream)
        .then((m) => {
          mailbox.push({
            from: m.from?.value[0]?.address ?? '',
            to: session.envelope.rcptTo.map((r) => r.address),
            subject: m.subject ?? '',
            text: m.text ?? '',
            messageId: m.messageId ?? '',
            user: (session.user as string | undefined) ?? null,
          });
          cb();
        })
        .catch(cb);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    port,
    mailbox,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
