import { createHash, randomInt } from 'node:crypto';
import { FEEDBACK_COMMENT_MAX, FEEDBACK_RATE_LIMIT, FEEDBACK_TAGS, fieldError } from '@cqss/domain';
import type { Context } from '../../common/context';
import { NotFoundError } from '../../common/errors';
import { scopedQuery } from '../../common/scope';
import { recordAudit } from '../audit/audit.service';
import { DEVICE_COOKIE } from '../auth/session.service';
import type { UserPrincipal } from '../auth/principal';
import { CustomerUnit } from '../customer-units/customer-unit.entity';
import { Post } from '../posts/post.entity';
import { KioskDevice } from './kiosk-device.entity';
import type { KioskRegistration, KioskSession, RegisterKioskInput } from './kiosk.inputs';

// No 0/O, 1/I/L: the code is read off one screen and typed on another.
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const PAIRING_MINUTES = 15;

export const hashPairingCode = (code: string) =>
  createHash('sha256').update(code.replace(/[\s-]/g, '').toUpperCase()).digest('hex');

function newPairingCode(): string {
  return Array.from({ length: 8 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
}

/** Registers a device for a unit (and post) of the admin's company and returns its one-time pairing code. */
export async function registerKiosk(
  ctx: Context,
  input: RegisterKioskInput,
): Promise<KioskRegistration> {
  const admin = ctx.principal as UserPrincipal;
  const unit = await scopedQuery(ctx, CustomerUnit, 'cu')
    .andWhere('cu.id = :id', { id: input.customerUnitId })
    .getOne();
  if (!unit) throw new NotFoundError('CustomerUnit', input.customerUnitId);
  if (input.postId) {
    const post = await scopedQuery(ctx, Post, 'p')
      .andWhere('p.id = :id', { id: input.postId })
      .getOne();
    if (!post || post.customerUnitId !== unit.id) {
      throw fieldError('postId', 'POST_OTHER_UNIT');
    }
  }
  const pairingCode = newPairingCode();
  const expiresAt = new Date(Date.now() + PAIRING_MINUTES * 60_000);
  const device = await ctx.app.dataSource.transaction(async (em) => {
    const saved = await em.save(KioskDevice, {
      companyId: admin.companyId!,
      customerUnitId: unit.id,
      postId: input.postId ?? null,
      name: input.name.trim(),
      pairingCodeHash: hashPairingCode(pairingCode),
      pairingExpiresAt: expiresAt,
    });
    await recordAudit(em, ctx, {
      action: 'kiosk.register',
      targetType: 'KioskDevice',
      targetId: saved.id,
      detail: { name: saved.name, customerUnitId: unit.id },
    });
    return saved;
  });
  return { device, pairingCode, expiresAt };
}

/** Exchanges a pairing code, once, for the device cookie. */
interface PairedRow {
  id: string;
  name: string;
  company_id: string;
  customer_unit_id: string;
  post_id: string | null;
}

export async function pairKiosk(ctx: Context, code: string): Promise<KioskSession> {
  const { dataSource, throttle, tokens, config } = ctx.app;
  // Pairing codes are guessed like passwords: the same limits, keyed by the address.
  await throttle.begin(`pair:${ctx.ip}`, ctx.ip, async () => false);
  // One UPDATE claims the code, so two tablets typing it at once cannot both pair.
  const device = await dataSource.transaction(async (em) => {
    const [rows] = await em.query(
      `UPDATE kiosk_device SET paired_at = now(), pairing_code_hash = NULL
        WHERE pairing_code_hash = $1 AND pairing_expires_at > now() AND revoked_at IS NULL
        RETURNING id, name, company_id, customer_unit_id, post_id`,
      [hashPairingCode(code)],
    );
    const row: PairedRow | undefined = rows[0];
    if (row) {
      await recordAudit(em, ctx, {
        action: 'kiosk.pair',
        targetType: 'KioskDevice',
        targetId: row.id,
        companyId: row.company_id,
        actor: { userId: null, role: 'KIOSK', label: row.name },
      });
    }
    return row;
  });
  if (!device) {
    throw fieldError('code', 'PAIRING_CODE_INVALID');
  }
  await throttle.succeeded(`pair:${ctx.ip}`, ctx.ip);
  const id = device.id;
  // The rest of the operation is read as the kiosk now paired.
  ctx.principal = {
    kind: 'kiosk',
    role: 'KIOSK',
    deviceId: id,
    companyId: device.company_id,
    customerUnitId: device.customer_unit_id,
    postId: device.post_id,
  };
  const expiresAt = new Date(Date.now() + config.KIOSK_TOKEN_TTL_DAYS * 86_400_000);
  ctx.cookies?.set(
    DEVICE_COOKIE,
    await tokens.sign({ typ: 'kiosk', did: id }, expiresAt),
    expiresAt,
  );
  return kioskSession(ctx, id);
}

/** The device's own unit name and post, nothing more. */
export async function kioskSession(ctx: Context, deviceId: string): Promise<KioskSession> {
  const rows: { device_name: string; unit_name: string; post_name: string | null }[] =
    await ctx.app.dataSource.query(
      `SELECT d.name AS device_name, cu.name AS unit_name, p.name AS post_name
       FROM kiosk_device d JOIN customer_unit cu ON cu.id = d.customer_unit_id
       LEFT JOIN post p ON p.id = d.post_id
      WHERE d.id = $1`,
      [deviceId],
    );
  const row = rows[0];
  if (!row) throw new NotFoundError('KioskDevice', deviceId);
  return {
    deviceName: row.device_name,
    customerUnitName: row.unit_name,
    postName: row.post_name,
    settings: {
      ...FEEDBACK_RATE_LIMIT,
      commentMax: FEEDBACK_COMMENT_MAX,
      tags: FEEDBACK_TAGS.map((t) => t.tag),
    },
  };
}

/** Revokes a device: its token stops working at its next request. */
export async function revokeKiosk(ctx: Context, id: string): Promise<KioskDevice> {
  const device = await scopedQuery(ctx, KioskDevice, 'k').andWhere('k.id = :id', { id }).getOne();
  if (!device) throw new NotFoundError('KioskDevice', id);
  device.revokedAt ??= new Date();
  device.pairingCodeHash = null;
  const revoked = await ctx.app.dataSource.transaction(async (em) => {
    await recordAudit(em, ctx, {
      action: 'kiosk.revoke',
      targetType: 'KioskDevice',
      targetId: device.id,
    });
    return em.save(device);
  });
  ctx.app.principals.revoke(device.id);
  return revoked;
}
