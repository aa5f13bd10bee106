import type { InquiryState } from '@cqss/domain';
import type { Context } from '../../common/context';
import type { Principal } from '../auth/principal';
import type { Inquiry } from './inquiry.entity';

/** Every logged, escalated, answered and replied inquiry goes out on this topic. */
export const INQUIRY_EVENTS = 'INQUIRY_EVENTS';

/** Ids only: each subscriber reads the inquiry through its own scope. */
export interface InquiryEventPayload {
  inquiryId: string;
  companyId: string;
  guardId: string;
  state: InquiryState;
}

/** Announces a committed step of an inquiry; a lost event costs a refresh, never the step. */
export async function publishInquiryEvent(ctx: Context, i: Inquiry): Promise<void> {
  const payload: InquiryEventPayload = {
    inquiryId: i.id,
    companyId: i.companyId,
    guardId: i.guardId,
    state: i.state,
  };
  try {
    await ctx.app.pubSub.publish(INQUIRY_EVENTS, payload);
  } catch (err) {
    ctx.app.logger.warn({ err, inquiryId: i.id }, 'inquiry event not published');
  }
}

/** Who hears of it: the guard who logged it, and the company's duty supervisors and admins. */
export function isInquiryEventFor(payload: InquiryEventPayload, principal: Principal | null) {
  if (!principal || principal.kind !== 'user' || principal.companyId !== payload.companyId)
    return false;
  if (principal.role === 'GUARD') return principal.guardId === payload.guardId;
  return principal.role === 'DUTY_SUPERVISOR' || principal.role === 'COMPANY_ADMIN';
}
