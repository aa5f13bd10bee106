import type { HandoverState } from '@cqss/domain';
import type { Context } from '../../common/context';
import type { Principal } from '../auth/principal';
import type { Handover } from './handover.entity';

/** Every step of every handover goes out on this topic (through Redis when configured). */
export const HANDOVER_EVENTS = 'HANDOVER_EVENTS';

/** What crosses the wire: ids only, so each subscriber reads the handover through its own scope. */
export interface HandoverEventPayload {
  handoverId: string;
  companyId: string;
  outgoingGuardId: string;
  incomingGuardId: string;
  state: HandoverState;
  version: number;
}

/** Announces a committed step of a handover; a lost event costs a refresh, never the step. */
export async function publishHandoverEvent(ctx: Context, h: Handover): Promise<void> {
  const payload: HandoverEventPayload = {
    handoverId: h.id,
    companyId: h.companyId,
    outgoingGuardId: h.outgoingGuardId,
    incomingGuardId: h.incomingGuardId,
    state: h.state,
    version: h.version,
  };
  try {
    await ctx.app.pubSub.publish(HANDOVER_EVENTS, payload);
  } catch (err) {
    ctx.app.logger.warn({ err, handoverId: h.id }, 'handover event not published');
  }
}

/**
 * Who hears of a step: the two guards of the handover, and the company's duty supervisors and
 * admins (the supervisor's queue, the handover book). Nobody of another company.
 */
export function isHandoverEventFor(
  payload: HandoverEventPayload,
  principal: Principal | null,
): boolean {
  if (!principal || principal.kind !== 'user' || principal.companyId !== payload.companyId)
    return false;
  if (principal.role === 'GUARD')
    return (
      !!principal.guardId &&
      (principal.guardId === payload.outgoingGuardId ||
        principal.guardId === payload.incomingGuardId)
    );
  return principal.role === 'DUTY_SUPERVISOR' || principal.role === 'COMPANY_ADMIN';
}
