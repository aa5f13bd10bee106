import { DomainError, DomainErrorCode, fieldProblem } from '@cqss/domain';
import type { Context } from '../../common/context';
import { NotFoundError } from '../../common/errors';
import { paginate, type Page } from '../../common/pagination';
import { scopedQuery } from '../../common/scope';
import { recordAudit } from '../audit/audit.service';
import { notify } from '../notifications/notification.service';
import type { UserPrincipal } from '../auth/principal';
import { IllegalRequestReport } from './illegal-request-report.entity';
import type {
  AcknowledgeReportInput,
  IllegalRequestReportArgs,
} from './illegal-request-report.inputs';

/** Reports go out on this topic to the officers of the addressed organ. */
export const REPORT_EVENTS = 'ILLEGAL_REQUEST_REPORTS';

/** Acknowledgements go out on this topic to the reporting company's admins. */
export const REPORT_ACK_EVENTS = 'ILLEGAL_REQUEST_REPORT_ACKS';

export interface ReportEventPayload {
  reportId: string;
  companyId: string;
  policeOrganId: string | null;
}

/** Announces a committed report (to the organ) or its acknowledgement (to the company); a lost event costs a refresh, never the report. */
export async function publishReportEvent(
  ctx: Context,
  report: IllegalRequestReport,
  topic: string = REPORT_EVENTS,
) {
  const payload: ReportEventPayload = {
    reportId: report.id,
    companyId: report.companyId,
    policeOrganId: report.policeOrganId,
  };
  try {
    await ctx.app.pubSub.publish(topic, payload);
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
  const acknowledged = await ctx.app.dataSource.transaction(async (em) => {
    const report = await scopedQuery(ctx, IllegalRequestReport, 'r', em)
      .andWhere('r.id = :id', { id: input.id })
      .setLock('pessimistic_write')
      .getOne();
    if (!report) throw new NotFoundError('IllegalRequestReport', input.id);
    if (report.acknowledgedAt) {
      throw new DomainError(
        DomainErrorCode.ILLEGAL_TRANSITION,
        'The report has already been acknowledged',
        { entity: 'IllegalRequestReport' },
        [fieldProblem('id', 'ALREADY_ACKNOWLEDGED')],
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
    await notify(em, 'REPORT_ACKNOWLEDGED', report.id);
    return saved;
  });
  // The reporting company sees the police received it as soon as it is committed.
  await publishReportEvent(ctx, acknowledged, REPORT_ACK_EVENTS);
  return acknowledged;
}
