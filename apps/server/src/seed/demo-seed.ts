import {
  addDays,
  CertificateStatus,
  creditCodeCheckChar,
  DEFAULT_POST_ORDERS,
  dossierItems,
  EmploymentStatus,
  filingCityCodeOf,
  FilingStatus,
  HandoverState,
  idNumberCheckChar,
  InquiryState,
  isCrossRegion,
  REVIEW_CHECKS,
  reportOrganCodes,
  retainUntil,
  Role,
  READER_MODEL,
  screenRequest,
  toCalendarDate,
  type ServiceKind,
} from '@cqss/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditEntry } from '../modules/audit/audit-entry.entity';
import { hashPassword } from '../modules/auth/password';
import { seedDemoFeedback } from './demo-feedback';
import { Company } from '../modules/companies/company.entity';
import { Contract } from '../modules/contracts/contract.entity';
import { CustomerUnit } from '../modules/customer-units/customer-unit.entity';
import { Filing } from '../modules/filings/filing.entity';
import { liveDossier } from '../modules/filings/filing-dossier';
import { FilingSubmission } from '../modules/filings/filing-submission.entity';
import type { StoredDocument } from '../modules/documents/document.entity';
import { freezeDocuments } from '../modules/documents/document.service';
import { seedLicenceScans } from './demo-documents';
import { Guard } from '../modules/guards/guard.entity';
import { Handover } from '../modules/handovers/handover.entity';
import { Inquiry } from '../modules/inquiries/inquiry.entity';
import { IllegalRequestReport } from '../modules/illegal-reports/illegal-request-report.entity';
import { KioskDevice } from '../modules/kiosks/kiosk-device.entity';
import { hashPairingCode } from '../modules/kiosks/kiosk.service';
import { PoliceOrgan } from '../modules/police-organs/police-organ.entity';
import { Post } from '../modules/posts/post.entity';
import { Shift } from '../modules/shifts/shift.entity';
import { ServiceRequest } from '../modules/service-requests/service-request.entity';
import { User } from '../modules/users/user.entity';
import {
  DEMO_COMPANIES,
  DEMO_CONTRACTS,
  DEMO_CUSTOMER_UNITS,
  DEMO_FILINGS,
  DEMO_GUARDS,
  DEMO_HANDOVERS,
  DEMO_INQUIRIES,
  DEMO_ORGANS,
  DEMO_PAIRING_CODE,
  DEMO_PASSWORD,
  DEMO_POSTS,
  DEMO_SHIFTS,
  DEMO_REQUESTS,
  DEMO_USERS,
} from './demo-data';

const withCheck = (first17: string) => first17 + creditCodeCheckChar(first17);

/** Seeds the demo companies, organs, users, units, guards and posts once; a second call does nothing. */
export async function seedDemo(dataSource: DataSource, hashCost = 17): Promise<boolean> {
  if (await dataSource.getRepository(User).existsBy({ username: DEMO_USERS[0].username }))
    return false;
  // Demo accounts share one password, so one (slow, memory-hard) hash serves them all.
  const passwordHash = await hashPassword(DEMO_PASSWORD, hashCost);

  await dataSource.transaction(async (em) => {
    const companies = new Map<string, Company>();
    for (const { key, businessLicenseNo, ...c } of DEMO_COMPANIES) {
      companies.set(
        key,
        await em.save(Company, {
          ...c,
          businessLicenseNo: withCheck(businessLicenseNo.slice(0, 17)),
        }),
      );
    }
    const organs = new Map<string, PoliceOrgan>();
    for (const { key, ...o } of DEMO_ORGANS) organs.set(key, await em.save(PoliceOrgan, o));

    const guards: Guard[] = [];
    for (const [i, g] of DEMO_GUARDS.entries()) {
      const first17 = `${g.region}${g.birth}${String(101 + i).padStart(3, '0')}`;
      guards.push(
        await em.save(Guard, {
          companyId: companies.get(g.company)!.id,
          name: g.name,
          idNumber: first17 + idNumberCheckChar(first17),
          certificateNo: g.certificateNo,
          certificateStatus:
            'certificateStatus' in g ? g.certificateStatus : CertificateStatus.VALID,
          employmentStatus: 'employmentStatus' in g ? g.employmentStatus : EmploymentStatus.ACTIVE,
          phone: `1380000${String(1000 + i)}`,
          hiredOn:
            'certificateStatus' in g && g.certificateStatus === 'PENDING'
              ? addDays(new Date(), -30)
              : '2021-03-01',
        }),
      );
    }

    const users = new Map<string, User>();
    for (const u of DEMO_USERS) {
      users.set(
        u.username,
        await em.save(User, {
          username: u.username,
          displayName: u.displayName,
          role: u.role,
          passwordHash,
          companyId: 'company' in u ? companies.get(u.company)!.id : null,
          policeOrganId: 'organ' in u ? organs.get(u.organ)!.id : null,
          guardId: 'guard' in u ? guards[u.guard]!.id : null,
        }),
      );
    }

    const units: CustomerUnit[] = [];
    for (const [i, u] of DEMO_CUSTOMER_UNITS.entries()) {
      const { company, ...rest } = u;
      units.push(
        await em.save(CustomerUnit, {
          ...rest,
          companyId: companies.get(company)!.id,
          creditCode: withCheck(`1250000045${String(1000000 + i).slice(-7)}`),
        }),
      );
    }

    const contracts = await seedRequestsAndContracts(em, { companies, organs, users, units });

    const supervisor = users.get('cq.supervisor')!;
    const cq = companies.get('cq')!;
    const posts: Post[] = [];
    for (const p of DEMO_POSTS) {
      const contract = contracts.get(p.contract)!;
      posts.push(
        await em.save(Post, {
          companyId: contract.companyId,
          customerUnitId: contract.customerUnitId,
          contractId: contract.id,
          name: p.name,
          supervisorId: contract.companyId === cq.id ? supervisor.id : null,
          postOrders: DEFAULT_POST_ORDERS,
        }),
      );
    }

    const hour = Math.floor(Date.now() / 3600_000) * 3600_000;
    const at = (hours: number) => new Date(hour + hours * 3600_000);
    const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000);
    const shifts: Shift[] = [];
    for (const s of DEMO_SHIFTS) {
      const post = posts[s.post]!;
      shifts.push(
        await em.save(Shift, {
          companyId: post.companyId,
          postId: post.id,
          guardId: guards[s.guard]!.id,
          startsAt: at(s.start),
          endsAt: at(s.end),
          // Everyone who has started a shift has read the post orders.
          ordersAcknowledgedAt: s.start <= 0 ? at(s.start) : null,
          ordersAcknowledgedRevision: s.start <= 0 ? 1 : null,
        }),
      );
    }

    for (const h of DEMO_HANDOVERS) {
      const out = shifts[h.from]!;
      const inc = shifts[h.to]!;
      // Drafted a quarter of an hour before the outgoing shift ended, signed and released at once.
      const at = (m: number) => new Date(out.endsAt.getTime() + (m - 15) * 60_000);
      await em.save(Handover, {
        companyId: out.companyId,
        postId: out.postId,
        state: HandoverState.RELEASED,
        version: 4,
        outgoingGuardId: out.guardId,
        outgoingShiftId: out.id,
        incomingGuardId: inc.guardId,
        incomingShiftId: inc.id,
        postStatus: h.postStatus,
        openProblems: h.openProblems,
        items: h.items.map((i) => ({ ...i })),
        incidentOpen: false,
        findings: h.findings,
        discrepancies: [],
        inspectedAt: at(10),
        signedAt: at(12),
        releasedAt: at(14),
        createdAt: at(0),
      });
    }

    for (const q of DEMO_INQUIRIES) {
      const shift = shifts[q.shift]!;
      const post = posts.find((p) => p.id === shift.postId)!;
      await em.save(Inquiry, {
        companyId: shift.companyId,
        postId: shift.postId,
        guardId: shift.guardId,
        shiftId: shift.id,
        state: q.answer ? InquiryState.ANSWERED : InquiryState.ESCALATED,
        question: q.question,
        answer: q.answer,
        answeredAt: q.answer ? minutesAgo(q.minutesAgo - 1) : null,
        escalatedAt: q.escalateMinutesAgo ? minutesAgo(q.escalateMinutesAgo) : null,
        escalatedToUserId: q.escalateMinutesAgo ? post.supervisorId : null,
        createdAt: minutesAgo(q.minutesAgo),
      });
    }

    const scans = await seedLicenceScans(
      em,
      [...companies.values()],
      new Date(Date.now() - 30 * DAY_MS),
    );
    await seedFilings(em, contracts, organs, scans);

    await em.save(KioskDevice, {
      companyId: companies.get('cq')!.id,
      customerUnitId: units[0]!.id,
      postId: posts[0]!.id,
      name: '门诊大厅评价终端',
      pairingCodeHash: hashPairingCode(DEMO_PAIRING_CODE),
      pairingExpiresAt: new Date(Date.now() + 30 * 86_400_000),
    });
    await seedDemoFeedback(em, { companies, units, posts, users });
  });
  return true;
}

const DAY_MS = 86_400_000;

/** Submitted filings, their frozen dossiers assembled from the seeded records like the API does. */
async function seedFilings(
  em: EntityManager,
  contracts: Map<string, Contract>,
  organs: Map<string, PoliceOrgan>,
  scans: readonly StoredDocument[],
) {
  for (const f of DEMO_FILINGS) {
    const contract = contracts.get(f.contract)!;
    const admin = await em.findOneByOrFail(User, {
      companyId: contract.companyId,
      role: Role.COMPANY_ADMIN,
    });
    const cityCode = filingCityCodeOf(contract.serviceDivisionCode);
    const organ = [...organs.values()].find((o) => o.divisionCode === cityCode)!;
    const unit = await em.findOneByOrFail(CustomerUnit, { id: contract.customerUnitId });
    const dossier = await liveDossier(em, contract);
    const preparedAt = new Date(Date.now() - (f.submittedDaysAgo + 1) * DAY_MS);
    const submittedAt = new Date(Date.now() - f.submittedDaysAgo * DAY_MS);
    const filing = await em.save(Filing, {
      companyId: contract.companyId,
      contractId: contract.id,
      serviceDivisionCode: contract.serviceDivisionCode,
      addresseeDivisionCode: cityCode,
      policeOrganId: organ.id,
      status: FilingStatus.SUBMITTED,
      revision: 1,
      submittedAt,
      createdById: admin.id,
      createdAt: preparedAt,
    });
    const items = dossierItems(dossier);
    const submission = await em.save(FilingSubmission, {
      filingId: filing.id,
      companyId: contract.companyId,
      policeOrganId: organ.id,
      number: 1,
      customerUnitName: unit.name,
      serviceAddress: contract.serviceAddress,
      serviceDivisionCode: contract.serviceDivisionCode,
      items,
      reviews: [],
      submittedAt,
      submittedById: admin.id,
    });
    await freezeDocuments(
      em,
      submission.id,
      scans.filter((d) => d.companyId === contract.companyId),
    );
    const entry = (at: Date, action: string, detail: Record<string, unknown>) =>
      em.insert(AuditEntry, {
        createdAt: at,
        actorUserId: admin.id,
        actorRole: admin.role,
        actorLabel: admin.username,
        companyId: contract.companyId,
        policeOrganId: action === 'filing.submit' ? organ.id : null,
        action,
        targetType: 'Filing',
        targetId: filing.id,
        detail: detail as never,
        ip: '127.0.0.1',
      });
    await entry(preparedAt, 'filing.prepare', {
      contractId: contract.id,
      project: contract.project,
      addressee: cityCode,
      policeOrgan: organ.name,
    });
    await entry(submittedAt, 'filing.submit', {
      contractId: contract.id,
      submission: 1,
      items: items.length,
      guards: dossier.guards.length,
      policeOrgan: organ.name,
    });
  }
}
const CUSTOMER_TERMS =
  '甲方有权监督乙方的保安服务质量；应提供必要的工作条件和安全防护设施，按期支付服务费，不得要求保安员从事违法活动。';
const COMPANY_TERMS =
  '乙方按约定派驻持有保安员证的保安员，依法提供保安服务；对服务中知悉的甲方信息保密；不得从事《保安服务管理条例》第三十条禁止的行为。';

/**
 * Requests screened by the domain's own screen, their reviews, the contracts made from them,
 * the illegal-request report, and the audit entries of every act, dated in the past so the
 * console's lists and histories read like a company at work.
 */
async function seedRequestsAndContracts(
  em: EntityManager,
  seeded: {
    companies: Map<string, Company>;
    organs: Map<string, PoliceOrgan>;
    users: Map<string, User>;
    units: CustomerUnit[];
  },
): Promise<Map<string, Contract>> {
  const now = Date.now();
  const day = (offset: number) => addDays(toCalendarDate(new Date(now)), offset);
  const moment = (daysAgo: number, minutes = 0) =>
    new Date(now - daysAgo * DAY_MS + minutes * 60_000);
  const adminOf = (company: string) => seeded.users.get(`${company}.admin`)!;
  const audit = (
    company: Company,
    at: Date,
    action: string,
    targetType: string,
    targetId: string,
    detail: Record<string, unknown>,
  ) => {
    const admin = adminOf(company.id === seeded.companies.get('cq')!.id ? 'cq' : 'sc');
    return em.insert(AuditEntry, {
      createdAt: at,
      actorUserId: admin.id,
      actorRole: admin.role,
      actorLabel: admin.username,
      companyId: company.id,
      action,
      targetType,
      targetId,
      detail: detail as never,
      ip: '127.0.0.1',
    });
  };

  const requests = new Map<string, ServiceRequest>();
  for (const r of DEMO_REQUESTS) {
    const company = seeded.companies.get(r.company)!;
    const unit = seeded.units[r.unit]!;
    const admin = adminOf(r.company);
    const screen = screenRequest(
      { services: r.services, description: r.description },
      READER_MODEL,
    );
    const submittedAt = moment(r.submittedDaysAgo);
    const reviewedAt = r.decision ? moment(r.submittedDaysAgo, 90) : null;
    const note = 'note' in r ? r.note : null;
    const request = await em.save(ServiceRequest, {
      companyId: company.id,
      customerUnitId: unit.id,
      services: [...r.services] as ServiceKind[],
      serviceAddress: unit.address,
      serviceDivisionCode: unit.divisionCode,
      startsOn: day(r.period[0]),
      endsOn: day(r.period[1]),
      headcount: r.headcount,
      description: r.description,
      screenResult: screen.result,
      screenMatches: screen.matches,
      status:
        r.decision === null ? 'PENDING_REVIEW' : r.decision === 'ACCEPT' ? 'ACCEPTED' : 'REFUSED',
      submittedById: admin.id,
      reviewAnswers:
        r.decision === 'ACCEPT'
          ? REVIEW_CHECKS.map((c) => ({ check: c.check, passed: true, note: null }))
          : [],
      reviewNote: note,
      refusedAsIllegal: r.decision === 'REFUSE_ILLEGAL',
      reviewedById: r.decision ? admin.id : null,
      reviewedAt,
      createdAt: submittedAt,
    });
    requests.set(r.key, request);
    await audit(company, submittedAt, 'service_request.screen', 'ServiceRequest', request.id, {
      result: screen.result,
      customerUnit: unit.name,
      rules: [...new Set(screen.matches.map((m) => m.ruleId))],
      phrases: screen.matches.map((m) => m.text ?? m.phrase),
    });
    if (!r.decision) continue;
    let reportId: string | null = null;
    if (r.decision === 'REFUSE_ILLEGAL') {
      const organ =
        reportOrganCodes(unit.divisionCode)
          .map((code) => [...seeded.organs.values()].find((o) => o.divisionCode === code))
          .find(Boolean) ?? null;
      const report = await em.save(IllegalRequestReport, {
        companyId: company.id,
        serviceRequestId: request.id,
        policeOrganId: organ?.id ?? null,
        serviceDivisionCode: unit.divisionCode,
        serviceAddress: unit.address,
        customerUnitName: unit.name,
        customerUnitCreditCode: unit.creditCode,
        services: request.services,
        description: request.description,
        screenResult: request.screenResult,
        screenMatches: request.screenMatches,
        reason: note!,
        reportedById: admin.id,
        createdAt: reviewedAt!,
      });
      reportId = report.id;
      await audit(
        company,
        reviewedAt!,
        'illegal_request_report.create',
        'IllegalRequestReport',
        report.id,
        {
          serviceRequestId: request.id,
          policeOrganId: organ?.id ?? null,
          policeOrgan: organ?.name ?? null,
          serviceDivisionCode: unit.divisionCode,
        },
      );
    }
    await audit(
      company,
      reviewedAt!,
      r.decision === 'ACCEPT' ? 'service_request.accept' : 'service_request.refuse',
      'ServiceRequest',
      request.id,
      {
        screenResult: screen.result,
        note,
        illegal: r.decision === 'REFUSE_ILLEGAL',
        failedChecks: [],
        reportId,
      },
    );
  }

  const contracts = new Map<string, Contract>();
  for (const c of DEMO_CONTRACTS) {
    const request = requests.get(c.request)!;
    const company = [...seeded.companies.values()].find((co) => co.id === request.companyId)!;
    const unit = seeded.units.find((u) => u.id === request.customerUnitId)!;
    const createdAt = new Date(request.reviewedAt!.getTime() + 3 * 60 * 60_000);
    const activatedAt = 'activatedDaysAgo' in c ? moment(c.activatedDaysAgo) : null;
    const terminatedOn = 'terminatedDaysAgo' in c ? day(-c.terminatedDaysAgo) : null;
    const terminatedAt = 'terminatedDaysAgo' in c ? moment(c.terminatedDaysAgo) : null;
    const contract = await em.save(Contract, {
      companyId: company.id,
      serviceRequestId: request.id,
      customerUnitId: unit.id,
      project: c.project,
      content: request.description,
      customerRightsObligations: CUSTOMER_TERMS,
      companyRightsObligations: COMPANY_TERMS,
      fee: c.fee,
      startsOn: request.startsOn,
      endsOn: request.endsOn,
      projectLeaderName: c.leader[0],
      projectLeaderPhone: c.leader[1],
      serviceAddress: request.serviceAddress,
      serviceDivisionCode: request.serviceDivisionCode,
      crossRegion: isCrossRegion(company.homeDivisionCode, request.serviceDivisionCode),
      status: c.status,
      activatedAt,
      terminatedOn,
      terminationReason: 'reason' in c ? c.reason : null,
      terminatedAt,
      retainUntil: terminatedOn ? retainUntil(terminatedOn) : null,
      createdById: request.reviewedById!,
      createdAt,
    });
    contracts.set(c.request, contract);
    await audit(company, createdAt, 'contract.create', 'Contract', contract.id, {
      project: contract.project,
      customerUnit: unit.name,
      serviceRequestId: request.id,
      crossRegion: contract.crossRegion,
      fee: contract.fee,
      startsOn: contract.startsOn,
      endsOn: contract.endsOn,
    });
    if (activatedAt) {
      await audit(company, activatedAt, 'contract.activate', 'Contract', contract.id, {
        from: 'DRAFT',
        to: 'ACTIVE',
      });
    }
    if (terminatedAt) {
      await audit(company, terminatedAt, 'contract.terminate', 'Contract', contract.id, {
        from: 'ACTIVE',
        to: 'TERMINATED',
        reason: contract.terminationReason,
        terminatedOn: contract.terminatedOn,
        retainUntil: contract.retainUntil,
      });
    }
  }
  return contracts;
}
