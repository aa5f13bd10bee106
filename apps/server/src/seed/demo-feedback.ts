import { randomUUID } from 'node:crypto';
import {
  addDays,
  alertsFor,
  FEEDBACK_TAGS,
  tagsForRating,
  toCalendarDate,
  type FeedbackTag,
} from '@cqss/domain';
import type { EntityManager } from 'typeorm';
import type { CustomerUnit } from '../modules/customer-units/customer-unit.entity';
import { FeedbackAlert } from '../modules/feedback/feedback-alert.entity';
import { Feedback } from '../modules/feedback/feedback.entity';
import { KioskDevice } from '../modules/kiosks/kiosk-device.entity';
import type { Post } from '../modules/posts/post.entity';
import type { User } from '../modules/users/user.entity';
import { DEMO_FEEDBACK_COMMENTS, DEMO_FEEDBACK_KIOSKS, DEMO_FEEDBACK_WEEKS } from './demo-data';

/** A small seeded generator, so every demo database tells the same story. */
function generator(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  return { next, int, pick: <T>(xs: readonly T[]) => xs[int(0, xs.length - 1)]! };
}

/**
 * Weeks of ratings from paired kiosks at the demo units (daytime, minutes apart, so within the
 * device rate limit), with tags, some comments, and the alerts the domain rule raises for them;
 * alerts older than two days are acknowledged.
 */
export async function seedDemoFeedback(
  em: EntityManager,
  refs: {
    companies: Map<string, { id: string }>;
    units: CustomerUnit[];
    posts: Post[];
    users: Map<string, User>;
  },
  now = new Date(),
): Promise<void> {
  const rnd = generator(2026);
  const days = DEMO_FEEDBACK_WEEKS * 7;
  const today = toCalendarDate(now);
  for (const k of DEMO_FEEDBACK_KIOSKS) {
    const unit = refs.units[k.unit]!;
    const post = refs.posts[k.post]!;
    const device = await em.save(KioskDevice, {
      companyId: refs.companies.get(k.company)!.id,
      customerUnitId: unit.id,
      postId: post.id,
      name: k.name,
      pairedAt: new Date(`${addDays(today, -days - 1)}T09:00:00+08:00`),
    });
    const ratings: Feedback[] = [];
    for (let d = days; d >= 1; d--) {
      const day = addDays(today, -d);
      const mood = k.mood[0] + ((k.mood[1] - k.mood[0]) * (days - d)) / days;
      const minutes = new Set<number>();
      const n = rnd.int(k.perDay[0], k.perDay[1]);
      while (minutes.size < n) minutes.add(rnd.int(8 * 60, 20 * 60) & ~1); // even minutes: ≥ 2 apart
      for (const m of [...minutes].sort((a, b) => a - b)) {
        const noise = (rnd.next() + rnd.next() + rnd.next() - 1.5) * 2.2;
        const rating = Math.min(5, Math.max(1, Math.round(mood + noise))) as 1 | 2 | 3 | 4 | 5;
        const tags = new Set<FeedbackTag>();
        // Tags fit the rating: praise for 4–5, what went wrong for 1–3.
        for (let i = rnd.int(0, 2); i > 0; i--) tags.add(rnd.pick(tagsForRating(rating)));
        const recordedAt = new Date(
          `${day}T${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}:${String(rnd.int(0, 59)).padStart(2, '0')}+08:00`,
        );
        ratings.push(
          Object.assign(new Feedback(), {
            id: randomUUID(),
            companyId: device.companyId,
            customerUnitId: unit.id,
            postId: post.id,
            deviceId: device.id,
            idempotencyKey: randomUUID(),
            rating,
            tags: FEEDBACK_TAGS.map((t) => t.tag).filter((t) => tags.has(t)),
            comment: rnd.next() < 0.18 ? rnd.pick(DEMO_FEEDBACK_COMMENTS[rating]) : null,
            recordedAt,
            receivedAt: new Date(recordedAt.getTime() + rnd.int(1, 9) * 1000),
          }),
        );
      }
    }
    for (let i = 0; i < ratings.length; i += 500)
      await em.insert(Feedback, ratings.slice(i, i + 500));

    // The alerts the rule raises, rating by rating (each kiosk is its unit's only one here).
    const admin = [...refs.users.values()].find(
      (u) => u.companyId === device.companyId && u.role === 'COMPANY_ADMIN',
    )!;
    const alerts: Partial<FeedbackAlert>[] = [];
    ratings.forEach((f, i) => {
      const at = (r: Feedback) => ({ id: r.id, rating: r.rating, at: r.recordedAt });
      const window = ratings.slice(Math.max(0, i - 60), i).map(at);
      for (const a of alertsFor(at(f), window)) {
        const createdAt = new Date(f.receivedAt.getTime() + 1000);
        const old = now.getTime() - createdAt.getTime() > 2 * 86_400_000;
        alerts.push({
          companyId: f.companyId,
          feedbackId: f.id,
          customerUnitId: f.customerUnitId,
          postId: f.postId,
          supervisorId: post.supervisorId,
          kind: a.kind,
          rating: a.rating,
          count: a.count,
          lowCount: a.lowCount,
          windowStart: a.windowStart ? new Date(a.windowStart) : null,
          windowEnd: a.windowEnd ? new Date(a.windowEnd) : null,
          createdAt,
          acknowledgedAt: old ? new Date(createdAt.getTime() + 40 * 60_000) : null,
          acknowledgedById: old ? (post.supervisorId ?? admin.id) : null,
          acknowledgeComment: old ? '已电话回访客户，并安排班长加强该岗位巡查。' : null,
        });
      }
    });
    if (alerts.length) await em.insert(FeedbackAlert, alerts);
  }
}
