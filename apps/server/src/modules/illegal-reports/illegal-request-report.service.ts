import { DomainError, DomainErrorCode } from '@cqss/domain';
import type { Context } from '../../common/context';
import { NotFoundError } from '../../common/errors';
import { paginate, type Page } from '../../common/pagination';
import { scopedQuery } from '../../common/scope';
import { recordAudit } from '../audit/audit.service';
import type { UserPrincipal } from '../auth/principal';
import { IllegalRequestReport } from './illegal-request-report.entity';
import type {
  AcknowledgeReportInput,
  IllegalRequestReportArgs,
} from './illegal-request-report.inputs';

/** Reports go out on this topic to the officers of the addressed organ. */
export const REPORT_EVENTS = 'ILLEGAL_REQUEST_REPORTS';

export interface ReportEventPayload {
  reportId: string;
  companyId: string;
  policeOrganId: string | null;
}

/** Announces a committed report; a lost event costs a refresh, never the report. */
export async function publishReportEvent(ctx: Context, report: IllegalRequestReport) {
  const payload: ReportEventPayload = {
    reportId: report.id,
    companyId: report.companyId,
    policeOrganId: report.policeOrganId,
  };
  try {
    await ctx.app.pubSub.publish(REPORT_EVENTS, payload);
  } catch (err) {
    ctx.app.logger.warn({ err, reportId: report.id }, 'report event not published');
  }
}

export function listReports(
  ctx: Context,
  args: IllegalRequestReportArgs,
): Promise<Page<IllegalRequestReport>> {
  const qb = scopedQuery(ctx, IllegalRequestReport, 'r');
  if (args.companyId) qb.andWhere('r.companyId = :companyId', { companyId: args.companyId });
  if (args.acknowledged === true) qb.andWhere('r.acknowledgedAt IS NOT NULL');
  if (args.acknowledged === false) qb.andWhere('r.acknowledgedAt IS NULL');
  return paginate(qb, 'r', args);
}

export async function findReport(ctx: Context, id: string): Promise<IllegalRequestReport> {
  const report = await scopedQuery(ctx, IllegalRequestReport, 'r')
    .andWhere('r.id = :id', { id })
    .getOne();
  if (!report) throw new NotFoundError('IllegalRequestReport', id);
  return report;
}

/** An officer of the addressed organ records receipt of a report, once; audited for both sides. */
export async function acknowledgeReport(
  ctx: Context,
  input: AcknowledgeReportInput,
): Promise<IllegalRequestReport> {
  const officer = ctx.principal as UserPrincipal;
  return ctx.app.dataSource.transaction(async (em) => {
    const report = await scopedQuery(ctx, IllegalRequestReport, 'r', em)
      .andWhere('r.id = :id', { id: input.id })
      .setLock('pessimistic_write')
      .getOne();
    if (!report) throw new NotFoundError('IllegalRequestReport', input.id);
    if (report.acknowledgedAt) {
      throw new DomainError(
        DomainErrorCode.ILLEGAL_TRANSITION,
        'The report has already been acknowledged',
        { entity: 'IllegalRequestReport', reason: 'ALREADY_ACKNOWLEDGED' },
      );
    }
    Object.assign(report, {
      acknowledgedAt: new Date(),
      acknowledgedById: officer.userId,
      acknowledgementNote: input.note?.trim() || null,
    });
    const saved = await em.save(IllegalRequestReport, report);
    await recordAudit(em, ctx, {
      action: 'illegal_request_report.acknowledge',
      targetType: 'IllegalRequestReport',
      targetId: report.id,
      companyId: report.companyId,
      detail: { note: saved.acknowledgementNote, serviceRequestId: report.serviceRequestId },
    });
    return saved;
  });
}
