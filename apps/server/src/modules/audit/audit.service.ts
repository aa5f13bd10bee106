import type { EntityManager } from 'typeorm';
import type { Context } from '../../common/context';
import { paginate, type Page } from '../../common/pagination';
import { scopedQuery } from '../../common/scope';
import type { AuditArgs } from './audit.inputs';
import { AuditEntry } from './audit-entry.entity';

export interface AuditAct {
  action: string;
  targetType?: string;
  targetId?: string;
  detail?: Record<string, unknown>;
  /** Defaults to the caller's company or organ; set where the act concerns another tenant. */
  companyId?: string | null;
  policeOrganId?: string | null;
  /** For acts before there is a principal (sign-in). */
  actor?: { userId: string | null; role: AuditEntry['actorRole']; label: string };
}

/**
 * Writes an audit entry with the manager of the act's own transaction, so the act and its
 * record commit or roll back together.
 */
export async function recordAudit(
  manager: EntityManager,
  ctx: Context,
  act: AuditAct,
): Promise<void> {
  const p = ctx.principal;
  const actor = act.actor ?? {
    userId: p?.kind === 'user' ? p.userId : null,
    role: p?.role ?? null,
    label: p?.kind === 'user' ? p.username : p?.kind === 'kiosk' ? p.deviceId : 'anonymous',
  };
  await manager.insert(AuditEntry, {
    actorUserId: actor.userId,
    actorDeviceId: p?.kind === 'kiosk' ? p.deviceId : null,
    actorRole: actor.role,
    actorLabel: actor.label,
    companyId: act.companyId !== undefined ? act.companyId : (p?.companyId ?? null),
    policeOrganId:
      act.policeOrganId !== undefined
        ? act.policeOrganId
        : p?.kind === 'user'
          ? p.policeOrganId
          : null,
    action: act.action,
    targetType: act.targetType ?? null,
    targetId: act.targetId ?? null,
    detail: (act.detail ?? {}) as never,
    ip: ctx.ip || null,
  });
}

/** The audit log of the caller's company or organ, newest first, filtered. */
export function listAuditEntries(ctx: Context, args: AuditArgs): Promise<Page<AuditEntry>> {
  const qb = scopedQuery(ctx, AuditEntry, 'a');
  if (args.action?.endsWith('.'))
    qb.andWhere('a.action LIKE :prefix', { prefix: `${args.action}%` });
  else if (args.action) qb.andWhere('a.action = :action', { action: args.action });
  if (args.targetType) qb.andWhere('a.targetType = :targetType', { targetType: args.targetType });
  if (args.targetId) qb.andWhere('a.targetId = :targetId', { targetId: args.targetId });
  if (args.actorUserId)
    qb.andWhere('a.actorUserId = :actorUserId', { actorUserId: args.actorUserId });
  if (args.from) qb.andWhere('a.createdAt >= :from', { from: args.from });
  if (args.to) qb.andWhere('a.createdAt < :to', { to: args.to });
  return paginate(qb, 'a', args);
}
