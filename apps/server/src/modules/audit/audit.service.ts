import type { EntityManager } from 'typeorm';
import type { Context } from '../../common/context';
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
