import { HandoverAction } from '../common/enums';

/**
 * Every act the audit log records (docs/COMPLIANCE.md row 13), as `<category>.<act>`: the server writes only
 * these, and the console translates each one and filters by its category. A new act goes here.
 */
export const AUDIT_ACTIONS = [
  'auth.login',
  'auth.login_failed',
  'auth.logout',
  'account.open',
  'account.password_change',
  'account.password_change_failed',
  'account.password_reset',
  'account.enable',
  'account.disable',
  'company.create',
  'company.licenses',
  'company.default_post_orders',
  'customer_unit.create',
  'customer_unit.update',
  'service_request.screen',
  'service_request.accept',
  'service_request.refuse',
  'illegal_request_report.create',
  'illegal_request_report.acknowledge',
  'contract.create',
  'contract.update',
  'contract.activate',
  'contract.terminate',
  'contract.purge',
  'filing.prepare',
  'filing.submit',
  'filing.resubmit',
  'filing.claim',
  'filing.review_item',
  'filing.accept',
  'filing.return',
  'filing.receipt_issue',
  'filing.receipt_revoke',
  'guard.create',
  'guard.update',
  'post.create',
  'post.update',
  'shift.create',
  'shift.delete',
  'shift.acknowledge_orders',
  'handover.start',
  ...Object.values(HandoverAction).map((a) => `handover.${a.toLowerCase()}`),
  'inquiry.log',
  'inquiry.escalate',
  'inquiry.answer',
  'inquiry.reply',
  'kiosk.register',
  'kiosk.pair',
  'kiosk.revoke',
  'feedback.settings',
  'feedback_alert.acknowledge',
  'police_organ.create',
  'document.upload',
  'export.download',
  'notification.settings',
] as const;

/** The kinds of record an audit entry is about (its `targetType`). */
export const AUDIT_TARGETS = [
  'User',
  'Company',
  'CustomerUnit',
  'ServiceRequest',
  'IllegalRequestReport',
  'Contract',
  'Filing',
  'Guard',
  'Post',
  'Shift',
  'Handover',
  'Inquiry',
  'KioskDevice',
  'FeedbackAlert',
  'FeedbackSettings',
  'PoliceOrgan',
  'Document',
  'Export',
  'NotificationSettings',
] as const;

/** An act's category: what comes before the dot (`handover.sign` → `handover`). */
export function auditCategory(action: string): string {
  const dot = action.indexOf('.');
  return dot < 0 ? action : action.slice(0, dot);
}

/** The categories of the audit log's filter, in the order of AUDIT_ACTIONS. */
export const AUDIT_CATEGORIES: readonly string[] = [...new Set(AUDIT_ACTIONS.map(auditCategory))];
