import { createHmac } from 'node:crypto';
import { isRobotWebhook, type NotificationChannel } from '@cqss/domain';
import nodemailer from 'nodemailer';
import type { NotificationSettingsRow } from './notification-settings.entity';

/** A message of the outbox, as the sender hands it to a channel. */
export interface OutgoingMessage {
  id: string;
  channel: NotificationChannel;
  title: string;
  body: string;
}

/**
 * A failed delivery, described without the address, key or secret it used: this text is
 * stored in the outbox and logged. `permanent` failures are not tried again.
 */
export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly permanent = false,
  ) {
    super(message);
    this.name = 'DeliveryError';
  }
}

/**
 * DingTalk's signature of a custom robot with 加签: base64 of HMAC-SHA256, keyed by the secret,
 * over `timestamp + "\n" + secret`; sent as the `timestamp` and `sign` query parameters.
 */
export function dingtalkSign(secret: string, timestamp: number): string {
  return createHmac('sha256', secret).update(`${timestamp}\n${secret}`).digest('base64');
}

/** The cause of a failed fetch in a word (ECONNREFUSED, TimeoutError), never the URL. */
function describeFetchError(err: unknown): string {
  const e = err as { name?: string; cause?: { code?: string } };
  return e.cause?.code ?? e.name ?? 'error';
}

/** Both robots answer 200 with `{ errcode, errmsg }`; anything but errcode 0 is a failure. */
async function postRobot(
  service: string,
  url: string,
  body: unknown,
  timeoutMs: number,
): Promise<void> {
  let res: Response;
  try {
    res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify(body),
      redirect: 'error',
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (err) {
    throw new DeliveryError(`${service}: ${describeFetchError(err)}`);
  }
  const text = await res.text().catch(() => '');
  if (!res.ok) throw new DeliveryError(`${service}: HTTP ${res.status}`);
  let answer: { errcode?: number; errmsg?: string };
  try {
    answer = JSON.parse(text);
  } catch {
    throw new DeliveryError(`${service}: the answer is not JSON`);
  }
  if (answer.errcode !== 0)
    throw new DeliveryError(
      `${service}: errcode ${answer.errcode} ${String(answer.errmsg ?? '').slice(0, 120)}`,
    );
}

/** Markdown as both robots take it: a bold title, then the lines. */
const markdown = (m: OutgoingMessage) => `**${m.title}**\n\n${m.body.split('\n').join('\n\n')}`;

/**
 * Delivers one message on its channel to where the company's settings say now (a corrected
 * address fixes what is still waiting). Throws DeliveryError on any failure.
 */
export async function deliver(
  message: OutgoingMessage,
  settings: NotificationSettingsRow | null,
  options: { timeoutMs: number; webhookHosts: readonly string[] },
): Promise<void> {
  switch (message.channel) {
    case 'WECOM': {
      const url = settings?.wecomWebhookUrl;
      if (!url) throw new DeliveryError('WeCom: no longer configured', true);
      if (!isRobotWebhook('WECOM', url, options.webhookHosts))
        throw new DeliveryError('WeCom: the webhook is not allowed', true);
      return postRobot(
        'WeCom',
        url,
        { msgtype: 'markdown', markdown: { content: markdown(message) } },
        options.timeoutMs,
      );
    }
    case 'DINGTALK': {
      const base = settings?.dingtalkWebhookUrl;
      if (!base) throw new DeliveryError('DingTalk: no longer configured', true);
      if (!isRobotWebhook('DINGTALK', base, options.webhookHosts))
        throw new DeliveryError('DingTalk: the webhook is not allowed', true);
      const url = new URL(base);
      if (settings.dingtalkSecret) {
        const timestamp = Date.now();
        url.searchParams.set('timestamp', String(timestamp));
        url.searchParams.set('sign', dingtalkSign(settings.dingtalkSecret, timestamp));
      }
      return postRobot(
        'DingTalk',
        url.toString(),
        { msgtype: 'markdown', markdown: { title: message.title, text: markdown(message) } },
        options.timeoutMs,
      );
    }
    case 'EMAIL': {
      if (!settings?.smtpHost || !settings.mailFrom || !settings.mailTo.length)
        throw new DeliveryError('Email: no longer configured', true);
      const transport = nodemailer.createTransport({
        host: settings.smtpHost,
        port: settings.smtpPort,
        secure: settings.smtpSecure,
        auth: settings.smtpUser
          ? { user: settings.smtpUser, pass: settings.smtpPassword ?? '' }
          : undefined,
        connectionTimeout: options.timeoutMs,
        greetingTimeout: options.timeoutMs,
        socketTimeout: options.timeoutMs,
        logger: false,
        debug: false,
      });
      try {
        await transport.sendMail({
          from: settings.mailFrom,
          to: settings.mailTo,
          subject: message.title,
          text: message.body,
          // The same id on a repeated send, so a mail client can tell it is one message.
          messageId: `<notification-${message.id}@cqss.local>`,
        });
      } catch (err) {
        const e = err as { code?: string; responseCode?: number };
        throw new DeliveryError(
          `Email: ${e.code ?? 'error'}${e.responseCode ? ` ${e.responseCode}` : ''}`,
        );
      } finally {
        transport.close();
      }
      return;
    }
  }
}
