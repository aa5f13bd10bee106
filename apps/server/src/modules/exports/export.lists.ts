import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Context } from '../../common/context';
import { captureListQuery, type ListQuery } from '../../common/pagination';
import { scopedQuery } from '../../common/scope';
import { AuditResolver } from '../audit/audit.resolver';
import { listAuditEntries } from '../audit/audit.service';
import { Company } from '../companies/company.entity';
import { Contract } from '../contracts/contract.entity';
import { CustomerUnit } from '../customer-units/customer-unit.entity';
import { Feedback } from '../feedback/feedback.entity';
import { FeedbackResolver } from '../feedback/feedback.resolver';
import { periodOf } from '../feedback/satisfaction.service';
import { FilingResolver } from '../filings/filing.resolver';
import { listFilings } from '../filings/filing.service';
import { Guard } from '../guards/guard.entity';
import { GuardResolver } from '../guards/guard.resolver';
import { listGuards } from '../guards/guard.service';
import { HandoverResolver } from '../handovers/handover.resolver';
import { listHandovers } from '../handovers/handover.service';
import { PoliceOrgan } from '../police-organs/police-organ.entity';
import { Post } from '../posts/post.entity';

export type ExportLanguage = 'zh-CN' | 'en';
type Cell = string | number | Date | null;

export interface ExportColumn {
  /** The alias selected in SQL. */
  key: string;
  header: Record<ExportLanguage, string>;
  width: number;
  /** Labels of a code column, per language (a status shown as the console shows it). */
  labels?: Record<string, Record<ExportLanguage, string>>;
  kind?: 'date' | 'datetime' | 'number' | 'list';
}

/**
 * One list that exports: the GraphQL list field whose arguments (filters) and @Authorized roles
 * it takes, the list's own query (captured from its service, so the file holds exactly the rows
 * the list shows), the columns it selects and their headers in both languages.
 */
export interface ExportList {
  sheet: Record<ExportLanguage, string>;
  /** The list field on Query (its arguments are the export's filters) and its resolver. */
  field: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- type-graphql keys its metadata by class
  resolver: Function;
  query(ctx: Context, args: Record<string, unknown>): Promise<ListQuery>;
  select(qb: SelectQueryBuilder<ObjectLiteral>, alias: string): void;
  columns: ExportColumn[];
}

const col = (
  key: string,
  zh: string,
  en: string,
  width: number,
  extra: Partial<ExportColumn> = {},
): ExportColumn => ({ key, header: { 'zh-CN': zh, en }, width, ...extra });

const labels = (table: Record<string, [string, string]>) =>
  Object.fromEntries(Object.entries(table).map(([k, [zh, en]]) => [k, { 'zh-CN': zh, en }]));

const ROLE = labels({
  COMPANY_ADMIN: ['公司管理员', 'Company admin'],
  DUTY_SUPERVISOR: ['值班主管', 'Duty supervisor'],
  GUARD: ['保安员', 'Guard'],
  POLICE_OFFICER: ['公安民警', 'Police officer'],
  KIOSK: ['评价终端', 'Kiosk'],
});
const CERTIFICATE = labels({
  PENDING: ['待发证', 'Pending'],
  VALID: ['有效', 'Valid'],
  SUSPENDED: ['暂扣', 'Suspended'],
  REVOKED: ['吊销', 'Revoked'],
});
const EMPLOYMENT = labels({
  ACTIVE: ['在职', 'Active'],
  ON_LEAVE: ['休假', 'On leave'],
  LEFT: ['离职', 'Left'],
});
const FILING = labels({
  DRAFT: ['草稿', 'Draft'],
  SUBMITTED: ['已提交', 'Submitted'],
  UNDER_REVIEW: ['审核中', 'Under review'],
  ACCEPTED: ['已受理', 'Accepted'],
  RETURNED: ['已退回', 'Returned'],
});
const HANDOVER = labels({
  DRAFTED: ['已填写', 'Drafted'],
  INSPECTED: ['已查验', 'Inspected'],
  AWAITING_APPROVAL: ['待审批', 'Awaiting approval'],
  APPROVED: ['已审批', 'Approved'],
  SIGNED: ['已签字', 'Signed'],
  RELEASED: ['已离岗', 'Released'],
  RETURNED: ['已退回', 'Returned'],
});
const YES_NO = labels({ true: ['是', 'Yes'], false: ['否', 'No'] });

export const EXPORT_LISTS: Record<string, ExportList> = {
  'audit-log': {
    sheet: { 'zh-CN': '审计日志', en: 'Audit log' },
    field: 'auditEntries',
    resolver: AuditResolver,
    query: (ctx, args) => captureListQuery(() => listAuditEntries(ctx, args as never)),
    select: (qb, a) =>
      qb
        .select(`${a}.createdAt`, 'at')
        .addSelect(`${a}.actorLabel`, 'actor')
        .addSelect(`${a}.actorRole`, 'role')
        .addSelect(`${a}.action`, 'action')
        .addSelect(`${a}.targetType`, 'target_type')
        .addSelect(`${a}.targetId`, 'target_id')
        .addSelect(`${a}.ip`, 'ip'),
    columns: [
      col('at', '时间', 'Time', 20, { kind: 'datetime' }),
      col('actor', '操作人', 'Actor', 18),
      col('role', '角色', 'Role', 14, { labels: ROLE }),
      col('action', '操作', 'Action', 28),
      col('target_type', '对象类型', 'Target type', 18),
      col('target_id', '对象编号', 'Target id', 38),
      col('ip', 'IP 地址', 'IP address', 16),
    ],
  },
  guards: {
    sheet: { 'zh-CN': '保安员', en: 'Guards' },
    field: 'guards',
    resolver: GuardResolver,
    query: (ctx, args) => captureListQuery(() => listGuards(ctx, args as never)),
    // No ID-card number: a spreadsheet travels further than the console.
    select: (qb, a) =>
      qb
        .select(`${a}.name`, 'name')
        .addSelect(`${a}.certificateNo`, 'certificate_no')
        .addSelect(`${a}.certificateStatus`, 'certificate_status')
        .addSelect(`${a}.employmentStatus`, 'employment_status')
        .addSelect(`${a}.phone`, 'phone')
        .addSelect(`${a}.hiredOn`, 'hired_on'),
    columns: [
      col('name', '姓名', 'Name', 12),
      col('certificate_no', '保安员证号', 'Certificate no.', 20),
      col('certificate_status', '证件状态', 'Certificate', 12, { labels: CERTIFICATE }),
      col('employment_status', '在职状态', 'Employment', 12, { labels: EMPLOYMENT }),
      col('phone', '联系电话', 'Phone', 16),
      col('hired_on', '入职日期', 'Hired on', 12, { kind: 'date' }),
    ],
  },
  ratings: {
    sheet: { 'zh-CN': '服务评价', en: 'Ratings' },
    field: 'satisfaction',
    resolver: FeedbackResolver,
    // The dashboard's filter (unit, post, days in Beijing time) over every rating, newest first.
    query: async (ctx, args) => {
      const period = periodOf(args);
      const qb = scopedQuery(ctx, Feedback, 'f');
      if (period.start) qb.andWhere('f.recordedAt >= :start', { start: period.start });
      if (period.end) qb.andWhere('f.recordedAt < :end', { end: period.end });
      if (args.customerUnitId)
        qb.andWhere('f.customerUnitId = :unit', { unit: args.customerUnitId });
      if (args.postId) qb.andWhere('f.postId = :post', { post: args.postId });
      return { qb, alias: 'f', key: 'recordedAt', direction: 'DESC' };
    },
    select: (qb, a) =>
      qb
        .leftJoin(CustomerUnit, 'cu', `cu.id = ${a}.customerUnitId`)
        .leftJoin(Post, 'p', `p.id = ${a}.postId`)
        .select(`${a}.recordedAt`, 'at')
        .addSelect('cu.name', 'unit')
        .addSelect('p.name', 'post')
        .addSelect(`${a}.rating`, 'rating')
        .addSelect(`${a}.tags`, 'tags')
        .addSelect(`${a}.comment`, 'comment'),
    columns: [
      col('at', '评价时间', 'Rated at', 20, { kind: 'datetime' }),
      col('unit', '客户单位', 'Customer unit', 24),
      col('post', '岗位', 'Post', 16),
      col('rating', '评分', 'Rating', 8, { kind: 'number' }),
      col('tags', '标签', 'Tags', 24, { kind: 'list' }),
      col('comment', '评语', 'Comment', 40),
    ],
  },
  filings: {
    sheet: { 'zh-CN': '跨区域备案', en: 'Filings' },
    field: 'filings',
    resolver: FilingResolver,
    query: (ctx, args) => captureListQuery(() => listFilings(ctx, args as never)),
    select: (qb, a) =>
      qb
        .leftJoin(Company, 'co', `co.id = ${a}.companyId`)
        .leftJoin(Contract, 'c', `c.id = ${a}.contractId`)
        .leftJoin(CustomerUnit, 'cu', 'cu.id = c.customerUnitId')
        .leftJoin(PoliceOrgan, 'po', `po.id = ${a}.policeOrganId`)
        .select(`${a}.submittedAt`, 'submitted_at')
        .addSelect('co.name', 'company')
        .addSelect('c.project', 'project')
        .addSelect('cu.name', 'unit')
        .addSelect('c.serviceAddress', 'address')
        .addSelect('po.name', 'organ')
        .addSelect(`${a}.status`, 'status')
        .addSelect(`${a}.revision`, 'revision'),
    columns: [
      col('submitted_at', '提交时间', 'Submitted', 20, { kind: 'datetime' }),
      col('company', '保安服务公司', 'Company', 28),
      col('project', '服务项目', 'Project', 28),
      col('unit', '客户单位', 'Customer unit', 24),
      col('address', '服务地点', 'Service location', 30),
      col('organ', '备案机关', 'Police organ', 20),
      col('status', '状态', 'Status', 10, { labels: FILING }),
      col('revision', '提交次数', 'Submissions', 10, { kind: 'number' }),
    ],
  },
  handovers: {
    sheet: { 'zh-CN': '交接班记录', en: 'Handover book' },
    field: 'handovers',
    resolver: HandoverResolver,
    query: (ctx, args) => captureListQuery(() => listHandovers(ctx, args as never)),
    select: (qb, a) =>
      qb
        .leftJoin(Post, 'p', `p.id = ${a}.postId`)
        .leftJoin(CustomerUnit, 'cu', 'cu.id = p.customerUnitId')
        .leftJoin(Guard, 'og', `og.id = ${a}.outgoingGuardId`)
        .leftJoin(Guard, 'ig', `ig.id = ${a}.incomingGuardId`)
        .select(`${a}.createdAt`, 'at')
        .addSelect('cu.name', 'unit')
        .addSelect('p.name', 'post')
        .addSelect('og.name', 'outgoing')
        .addSelect('ig.name', 'incoming')
        .addSelect(`${a}.state`, 'state')
        .addSelect(`${a}.postStatus`, 'post_status')
        .addSelect(`${a}.openProblems`, 'open_problems')
        .addSelect(`${a}.incidentOpen`, 'incident_open')
        .addSelect(`${a}.incidentNote`, 'incident_note')
        .addSelect(`${a}.findings`, 'findings')
        .addSelect(`${a}.signedAt`, 'signed_at')
        .addSelect(`${a}.releasedAt`, 'released_at'),
    columns: [
      col('at', '交班时间', 'Drafted', 20, { kind: 'datetime' }),
      col('unit', '客户单位', 'Customer unit', 22),
      col('post', '岗位', 'Post', 16),
      col('outgoing', '交班人', 'Outgoing', 10),
      col('incoming', '接班人', 'Incoming', 10),
      col('state', '状态', 'State', 10, { labels: HANDOVER }),
      col('post_status', '岗位状况', 'Post status', 30),
      col('open_problems', '遗留问题', 'Open problems', 30),
      col('incident_open', '事件处置中', 'Incident open', 10, { labels: YES_NO }),
      col('incident_note', '事件情况', 'Incident', 30),
      col('findings', '接班查验', 'Findings', 30),
      col('signed_at', '接班签字', 'Signed', 20, { kind: 'datetime' }),
      col('released_at', '交班离岗', 'Released', 20, { kind: 'datetime' }),
    ],
  },
};

/** Beijing wall-clock time as Excel shows it (Excel dates carry no time zone). */
const beijing = (d: Date) => new Date(d.getTime() + 8 * 3_600_000);

/** One SQL row as the sheet's cells, in the column order. */
export function cellsOf(
  list: ExportList,
  row: Record<string, unknown>,
  lang: ExportLanguage,
): Cell[] {
  return list.columns.map((c) => {
    const v = row[c.key];
    if (v === null || v === undefined) return null;
    if (c.labels) return c.labels[String(v)]?.[lang] ?? String(v);
    if (c.kind === 'datetime') return beijing(v instanceof Date ? v : new Date(String(v)));
    if (c.kind === 'list') return Array.isArray(v) ? v.join('、') : String(v).replace(/[{}]/g, '');
    if (c.kind === 'number') return Number(v);
    if (c.kind === 'date' && v instanceof Date)
      return `${v.getFullYear()}-${String(v.getMonth() + 1).padStart(2, '0')}-${String(v.getDate()).padStart(2, '0')}`;
    return v instanceof Date ? beijing(v) : String(v);
  });
}
