import {
  addDays,
  FEEDBACK_RATING,
  FEEDBACK_TAGS,
  fieldError,
  toCalendarDate,
  weekStartOf,
} from '@cqss/domain';
import type { Context } from '../../common/context';
import { paginate, type Page } from '../../common/pagination';
import { scopeCompanyId, scopedQuery } from '../../common/scope';
import { CustomerUnit } from '../customer-units/customer-unit.entity';
import { Post } from '../posts/post.entity';
import { Feedback } from './feedback.entity';
import type { FeedbackCommentArgs, FeedbackFilterArgs } from './feedback.inputs';
import type {
  FeedbackUnitOption,
  SatisfactionReport,
  SatisfactionSummary,
} from './satisfaction.types';

const LEVELS = [1, 2, 3, 4, 5] as const;

interface Period {
  from: string | null;
  to: string | null;
  /** Instants: [start, end). */
  start: Date | null;
  end: Date | null;
}

/** A filter's calendar days as instants in Beijing time; BAD_USER_INPUT for a reversed period. */
export function periodOf(args: FeedbackFilterArgs): Period {
  const from = args.from ? toCalendarDate(args.from, 'from') : null;
  const to = args.to ? toCalendarDate(args.to, 'to') : null;
  if (from && to && from > to) {
    throw fieldError('to', 'ENDS_BEFORE_START', {}, 'The period ends before it starts');
  }
  const midnight = (day: string) => new Date(`${day}T00:00:00+08:00`);
  return {
    from,
    to,
    start: from ? midnight(from) : null,
    end: to ? midnight(addDays(to, 1)) : null,
  };
}

/** WHERE conditions and parameters of a filter, for plain SQL over a rollup table `d`. */
function conditions(companyId: string, args: FeedbackFilterArgs, period: Period) {
  const where = ['d.company_id = $1'];
  const params: unknown[] = [companyId];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    where.push(sql.replace('?', `$${params.length}`));
  };
  if (period.from) add('d.day >= ?', period.from);
  if (period.to) add('d.day <= ?', period.to);
  if (args.customerUnitId) add('d.customer_unit_id = ?', args.customerUnitId);
  if (args.postId) add('d.post_id = ?', args.postId);
  return { where: where.join(' AND '), params };
}

interface Row {
  g: number;
  unit_id: string | null;
  post_id: string | null;
  week: string | null;
  n: number;
  s: number;
  r1: number;
  r2: number;
  r3: number;
  r4: number;
  r5: number;
}

function summaryOf(
  row: Pick<Row, 'n' | 's' | 'r1' | 'r2' | 'r3' | 'r4' | 'r5'> | undefined,
): SatisfactionSummary {
  const distribution = LEVELS.map((l) => row?.[`r${l}`] ?? 0);
  const count = row?.n ?? 0;
  const satisfied = distribution
    .slice(FEEDBACK_RATING.satisfiedFrom - 1)
    .reduce((a, b) => a + b, 0);
  return {
    count,
    satisfied,
    low: distribution[0]! + distribution[1]!,
    mean: count ? (row?.s ?? 0) / count : null,
    satisfiedShare: count ? satisfied / count : null,
    distribution,
  };
}

// GROUPING(unit_id, post_id, week): a set bit means "summed over".
const OVERALL = 0b111;
const BY_UNIT = 0b011;
const BY_POST = 0b001;
const BY_WEEK = 0b110;

/**
 * The dashboard: overall, per unit, per post, per week (Beijing weeks) and per tag, in ONE SQL
 * statement over the daily rollup (feedback_daily and feedback_daily_tag, kept by triggers on
 * feedback in the rating's own transaction): a few rows per unit, post and day, whatever the
 * number of ratings. Cells that amendments or purges brought to zero are skipped.
 */
export async function satisfactionReport(
  ctx: Context,
  args: FeedbackFilterArgs,
): Promise<SatisfactionReport> {
  // Plain SQL, not scopedQuery: one statement of GROUPING SETS over a CTE, which the query
  // builder cannot express; the tenant condition is the first of `conditions`, on the company
  // scope.ts gives the caller.
  const companyId = scopeCompanyId(ctx.principal);
  const period = periodOf(args);
  const { where, params } = conditions(companyId, args, period);
  const levels = LEVELS.map((l) => `sum(r${l})::int AS r${l}`).join(', ');
  const count = LEVELS.map((l) => `r${l}`).join(' + ');
  const total = LEVELS.map((l) => `${l} * r${l}`).join(' + ');
  const rows: (Row & { tags: Record<string, number> | null })[] = await ctx.app.dataSource.query(
    `WITH cells AS (
       SELECT d.customer_unit_id AS unit_id, d.post_id, date_trunc('week', d.day::timestamp)::date AS week,
              ${LEVELS.map((l) => `sum(d.r${l}) AS r${l}`).join(', ')}
         FROM feedback_daily d
        WHERE ${where}
        GROUP BY 1, 2, 3
       HAVING sum(${count.replaceAll('r', 'd.r')}) > 0
     )
     SELECT GROUPING(unit_id, post_id, week) AS g, unit_id, post_id, to_char(week, 'YYYY-MM-DD') AS week,
            sum(${count})::int AS n, sum(${total})::int AS s, ${levels},
            CASE WHEN GROUPING(unit_id, post_id, week) = ${OVERALL} THEN
              (SELECT json_object_agg(tag, n) FROM (
                 SELECT d.tag, sum(d.n)::int AS n FROM feedback_daily_tag d WHERE ${where} GROUP BY 1
               ) t)
            END AS tags
       FROM cells
      GROUP BY GROUPING SETS ((), (unit_id), (unit_id, post_id), (week))`,
    params,
  );
  const of = (g: number) => rows.filter((r) => r.g === g);
  const overall = of(OVERALL)[0];
  const byCount = <T extends { summary: SatisfactionSummary }>(a: T, b: T) =>
    b.summary.count - a.summary.count;
  return {
    from: period.from,
    to: period.to,
    overall: summaryOf(overall),
    byUnit: of(BY_UNIT)
      .map((r) => ({ customerUnitId: r.unit_id!, summary: summaryOf(r) }))
      .sort(byCount),
    byPost: of(BY_POST)
      .map((r) => ({ customerUnitId: r.unit_id!, postId: r.post_id, summary: summaryOf(r) }))
      .sort(byCount),
    byWeek: everyWeek(period, new Map(of(BY_WEEK).map((r) => [r.week!, r]))).map(
      ([weekStart, r]) => ({ weekStart, summary: summaryOf(r) }),
    ),
    tags: FEEDBACK_TAGS.map((t) => ({ tag: t.tag, count: overall?.tags?.[t.tag] ?? 0 })),
  };
}

/** Every week of the period (or from the first to the last week with ratings), oldest first. */
function everyWeek<T>(period: Period, weeks: Map<string, T>): [string, T | undefined][] {
  const known = [...weeks.keys()].sort();
  const first = period.from ? weekStartOf(period.from) : known[0];
  const last = period.to ? weekStartOf(period.to) : known.at(-1);
  if (!first || !last) return [];
  const out: [string, T | undefined][] = [];
  // A bounded loop: at most ten years of weeks.
  for (let w = first; w <= last && out.length < 520; w = addDays(w, 7)) out.push([w, weeks.get(w)]);
  return out;
}

/** The latest ratings with a comment, newest first by when they were tapped. */
export function latestComments(ctx: Context, args: FeedbackCommentArgs): Promise<Page<Feedback>> {
  const period = periodOf(args);
  const qb = scopedQuery(ctx, Feedback, 'f').andWhere('f.comment IS NOT NULL');
  if (period.start) qb.andWhere('f.recordedAt >= :start', { start: period.start });
  if (period.end) qb.andWhere('f.recordedAt < :end', { end: period.end });
  if (args.customerUnitId) qb.andWhere('f.customerUnitId = :unit', { unit: args.customerUnitId });
  if (args.postId) qb.andWhere('f.postId = :post', { post: args.postId });
  return paginate(qb, 'f', args, 'recordedAt');
}

/** The company's customer units with their posts (two statements), for filters and kiosk registration. */
export async function unitOptions(ctx: Context): Promise<FeedbackUnitOption[]> {
  const [units, posts] = await Promise.all([
    scopedQuery(ctx, CustomerUnit, 'u').select(['u.id', 'u.name']).orderBy('u.name').getMany(),
    scopedQuery(ctx, Post, 'p')
      .select(['p.id', 'p.name', 'p.customerUnitId'])
      .orderBy('p.name')
      .getMany(),
  ]);
  return units.map(({ id, name }) => ({
    id,
    name,
    posts: posts.filter((p) => p.customerUnitId === id).map(({ id, name }) => ({ id, name })),
  }));
}
