import {
  assertFlaggedAcceptanceExplained,
  assertMayServe,
  assertReviewAnswered,
  assertReviewAcceptable,
  assertServiceRequestTransition,
  daysBetween,
  fieldError,
  isKnownDivision,
  reportOrganCodes,
  reviewProblems,
  READER_MODEL,
  screenRequest,
  ServiceRequestStatus,
  toCalendarDate,
  type ReviewAnswer,
} from '@cqss/domain';
import { In, type EntityManager } from 'typeorm';
import type { Context } from '../../common/context';
import { NotFoundError } from '../../common/errors';
import { paginate } from '../../common/pagination';
import { scopedQuery } from '../../common/scope';
import { recordAudit } from '../audit/audit.service';
import { Company } from '../companies/company.entity';
import type { UserPrincipal } from '../auth/principal';
import { CustomerUnit } from '../customer-units/customer-unit.entity';
import { IllegalRequestReport } from '../illegal-reports/illegal-request-report.entity';
import { publishReportEvent } from '../illegal-reports/illegal-request-report.service';
import { PoliceOrgan } from '../police-organs/police-organ.entity';
import { ServiceRequest } from './service-request.entity';
import type {
  ReviewServiceRequestInput,
  ServiceRequestArgs,
  SubmitServiceRequestInput,
} from './service-request.inputs';

export function listServiceRequests(ctx: Context, args: ServiceRequestArgs) {
  const qb = scopedQuery(ctx, ServiceRequest, 'sr');
  if (args.status) qb.andWhere('sr.status = :status', { status: args.status });
  if (args.screenResult) qb.andWhere('sr.screenResult = :result', { result: args.screenResult });
  if (args.customerUnitId) qb.andWhere('sr.customerUnitId = :unit', { unit: args.customerUnitId });
  return paginate(qb, 'sr', args);
}

export async function getServiceRequest(ctx: Context, id: string): Promise<ServiceRequest> {
  const request = await scopedQuery(ctx, ServiceRequest, 'sr')
    .andWhere('sr.id = :id', { id })
    .getOne();
  if (!request) throw new NotFoundError('ServiceRequest', id);
  return request;
}

function assertPeriod(startsOn: string, endsOn: string) {
  const from = toCalendarDate(startsOn, 'startsOn');
  const to = toCalendarDate(endsOn, 'endsOn');
  if (daysBetween(from, to) < 0) {
    throw fieldError('endsOn', 'ENDS_BEFORE_START', {}, 'The period ends before it starts');
  }
}

/** The legality screen of Art. 30: the rules and the second reader, as every request gets it. */
export function screenServiceRequest(input: { services: readonly string[]; description: string }) {
  return screenRequest(input, READER_MODEL);
}

/**
 * Records a customer's request and screens it (Regulation Art. 30) in the same transaction:
 * the screen's result and matches are stored with the request and the decision is audited.
 */
export async function submitServiceRequest(
  ctx: Context,
  input: SubmitServiceRequestInput,
): Promise<ServiceRequest> {
  const divisionCode = input.serviceDivisionCode.trim();
  if (!isKnownDivision(divisionCode)) throw fieldError('serviceDivisionCode', 'DIVISION_UNKNOWN');
  assertPeriod(input.startsOn, input.endsOn);
  const description = input.description.trim();
  const screen = screenServiceRequest({ services: input.services, description });
  const principal = ctx.principal as UserPrincipal;

  return ctx.app.dataSource.transaction(async (em) => {
    const unit = await scopedQuery(ctx, CustomerUnit, 'cu', em)
      .andWhere('cu.id = :id', { id: input.customerUnitId })
      .getOne();
    if (!unit) throw new NotFoundError('CustomerUnit', input.customerUnitId);
    const request = await em.save(
      ServiceRequest,
      em.create(ServiceRequest, {
        companyId: principal.companyId!,
        customerUnitId: unit.id,
        services: [...new Set(input.services)],
        serviceAddress: input.serviceAddress.trim(),
        serviceDivisionCode: divisionCode,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        headcount: input.headcount,
        description,
        screenResult: screen.result,
        screenMatches: screen.matches,
        submittedById: principal.userId,
      }),
    );
    await recordAudit(em, ctx, {
      action: 'service_request.screen',
      targetType: 'ServiceRequest',
      targetId: request.id,
      detail: {
        result: screen.result,
        customerUnit: unit.name,
        rules: [...new Set(screen.matches.map((m) => m.ruleId))],
        phrases: screen.matches.map((m) => m.text ?? m.phrase),
      },
    });
    return request;
  });
}

/** The first organ the platform knows among those that may receive a report for a location. */
async function reportAddressee(em: EntityManager, divisionCode: string) {
  const codes = reportOrganCodes(divisionCode);
  const organs = await em.findBy(PoliceOrgan, { divisionCode: In(codes) });
  return codes.map((c) => organs.find((o) => o.divisionCode === c)).find(Boolean) ?? null;
}

/**
 * Decides a pending request once, under its row lock. Accepting needs every Art. 25 check
 * answered yes (and a note if the screen flagged it) and a company that may serve the unit
 * (Regulation Art. 22); refusing needs every check answered and a reason. Refusing as
 * illegal also files an IllegalRequestReport to the organ of the service location. The
 * decision, and the report, are audited in the same transaction.
 */
export async function reviewServiceRequest(
  ctx: Context,
  input: ReviewServiceRequestInput,
): Promise<ServiceRequest> {
  const answers: ReviewAnswer[] = input.answers.map((a) => ({
    check: a.check,
    passed: a.passed ?? null,
    note: a.note?.trim() || null,
  }));
  const note = input.note?.trim() || null;
  const accept = input.decision === 'ACCEPT';
  const { failed } = reviewProblems(answers);
  if (!accept && !note) throw fieldError('note', 'REQUIRED');
  if (accept && input.illegal) throw fieldError('illegal', 'ILLEGAL_ONLY_WHEN_REFUSED');
  const principal = ctx.principal as UserPrincipal;
  let report: IllegalRequestReport | null = null;

  const reviewed = await ctx.app.dataSource.transaction(async (em) => {
    const request = await scopedQuery(ctx, ServiceRequest, 'sr', em)
      .andWhere('sr.id = :id', { id: input.id })
      .setLock('pessimistic_write')
      .getOne();
    if (!request) throw new NotFoundError('ServiceRequest', input.id);
    const to = accept ? ServiceRequestStatus.ACCEPTED : ServiceRequestStatus.REFUSED;
    assertServiceRequestTransition(request.status, to);
    if (accept) {
      assertReviewAcceptable(answers);
      assertFlaggedAcceptanceExplained(request.screenResult, note);
      // Accepting is the promise to serve: a foreign-invested company may not make it to a key unit (Regulation Art. 22).
      const unit = await em.findOneByOrFail(CustomerUnit, { id: request.customerUnitId });
      const company = await em.findOneByOrFail(Company, { id: request.companyId });
      assertMayServe(company.ownershipType, unit);
    } else {
      assertReviewAnswered(answers);
    }
    Object.assign(request, {
      status: to,
      reviewAnswers: answers,
      reviewNote: note,
      refusedAsIllegal: !accept && input.illegal,
      reviewedById: principal.userId,
      reviewedAt: new Date(),
    });
    const saved = await em.save(ServiceRequest, request);

    let organ: PoliceOrgan | null = null;
    if (saved.refusedAsIllegal) {
      organ = await reportAddressee(em, saved.serviceDivisionCode);
      const unit = await em.findOneByOrFail(CustomerUnit, { id: saved.customerUnitId });
      report = await em.save(
        IllegalRequestReport,
        em.create(IllegalRequestReport, {
          companyId: saved.companyId,
          serviceRequestId: saved.id,
          policeOrganId: organ?.id ?? null,
          serviceDivisionCode: saved.serviceDivisionCode,
          serviceAddress: saved.serviceAddress,
          customerUnitName: unit.name,
          customerUnitCreditCode: unit.creditCode,
          services: saved.services,
          description: saved.description,
          screenResult: saved.screenResult,
          screenMatches: saved.screenMatches,
          reason: note!,
          reportedById: principal.userId,
        }),
      );
    }
    await recordAudit(em, ctx, {
      action: accept ? 'service_request.accept' : 'service_request.refuse',
      targetType: 'ServiceRequest',
      targetId: saved.id,
      detail: {
        screenResult: saved.screenResult,
        note,
        illegal: saved.refusedAsIllegal,
        failedChecks: failed,
        reportId: report?.id ?? null,
      },
    });
    if (report) {
      await recordAudit(em, ctx, {
        action: 'illegal_request_report.create',
        targetType: 'IllegalRequestReport',
        targetId: report.id,
        detail: {
          serviceRequestId: saved.id,
          policeOrganId: organ?.id ?? null,
          policeOrgan: organ?.name ?? null,
          serviceDivisionCode: saved.serviceDivisionCode,
        },
      });
    }
    return saved;
  });
  // The organ's officers see the report arrive as soon as it is committed.
  if (report) await publishReportEvent(ctx, report);
  return reviewed;
}
