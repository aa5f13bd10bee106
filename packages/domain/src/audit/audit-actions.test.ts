import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, AUDIT_CATEGORIES, AUDIT_TARGETS, auditCategory } from './audit-actions';

describe('the audit vocabulary', () => {
  it('names each act once, as category.act in snake case', () => {
    expect(new Set(AUDIT_ACTIONS).size).toBe(AUDIT_ACTIONS.length);
    for (const a of AUDIT_ACTIONS) expect(a).toMatch(/^[a-z_]+\.[a-z_]+$/);
    expect(new Set(AUDIT_TARGETS).size).toBe(AUDIT_TARGETS.length);
  });

  it('has every handover step, and the categories a user filters by', () => {
    expect(AUDIT_ACTIONS).toEqual(
      expect.arrayContaining([
        'handover.start',
        'handover.inspect',
        'handover.request_approval',
        'handover.approve',
        'handover.sign',
        'handover.release',
      ]),
    );
    expect(AUDIT_CATEGORIES).toEqual(
      expect.arrayContaining([
        'auth',
        'contract',
        'filing',
        'handover',
        'inquiry',
        'feedback_alert',
      ]),
    );
    expect(auditCategory('filing.review_item')).toBe('filing');
  });
});
