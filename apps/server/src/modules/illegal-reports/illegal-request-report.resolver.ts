import { divisionName, Role } from '@cqss/domain';
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
  Subscription,
  type SubscriptionHandlerData,
} from 'type-graphql';
import type { Context } from '../../common/context';
import { Loaders } from '../../common/loaders';
import { assertStillSignedIn } from '../filings/filing.events';
import { Connection } from '../../common/pagination';
import { Company } from '../companies/company.entity';
import { PoliceOrgan } from '../police-organs/police-organ.entity';
import { LegalityScreen } from '../service-requests/legality-screen.types';
import { User } from '../users/user.entity';
import { IllegalRequestReport } from './illegal-request-report.entity';
import { AcknowledgeReportInput, IllegalRequestReportArgs } from './illegal-request-report.inputs';
import {
  acknowledgeReport,
  findReport,
  listReports,
  REPORT_ACK_EVENTS,
  REPORT_EVENTS,
  type ReportEventPayload,
} from './illegal-request-report.service';

@ObjectType()
export class IllegalRequestReportConnection extends Connection(IllegalRequestReport) {}

@Resolver(() => IllegalRequestReport)
export class IllegalRequestReportResolver {
  @Authorized(Role.COMPANY_ADMIN, Role.POLICE_OFFICER)
  @Query(() => IllegalRequestReportConnection, {
    description:
      "Reports of illegal requests: the company's own, or those addressed to the officer's organ",
  })
  illegalRequestReports(@Args() args: IllegalRequestReportArgs, @Ctx() ctx: Context) {
    return listReports(ctx, args);
  }

  @Authorized(Role.COMPANY_ADMIN, Role.POLICE_OFFICER)
  @Query(() => IllegalRequestReport)
  illegalRequestReport(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return findReport(ctx, id);
  }

  @Authorized(Role.POLICE_OFFICER)
  @Mutation(() => IllegalRequestReport, {
    description: 'An officer of the addressed organ records receipt of the report',
  })
  acknowledgeReport(@Arg('input') input: AcknowledgeReportInput, @Ctx() ctx: Context) {
    return acknowledgeReport(ctx, input);
  }

  @Authorized(Role.POLICE_OFFICER)
  @Subscription(() => IllegalRequestReport, {
    topics: REPORT_EVENTS,
    filter: ({ payload, context }: SubscriptionHandlerData<ReportEventPayload, object, Context>) =>
      context.principal?.kind === 'user' &&
      !!payload.policeOrganId &&
      payload.policeOrganId === context.principal.policeOrganId,
    description: "Reports of illegal requests as they are addressed to the officer's organ",
  })
  async illegalRequestReportFiled(@Root() event: ReportEventPayload, @Ctx() ctx: Context) {
    await assertStillSignedIn(ctx);
    // A subscription's context lives as long as the socket: read each report afresh.
    ctx.loaders = new Loaders(ctx.app.dataSource);
    return findReport(ctx, event.reportId);
  }

  @Authorized(Role.COMPANY_ADMIN)
  @Subscription(() => IllegalRequestReport, {
    topics: REPORT_ACK_EVENTS,
    filter: ({ payload, context }: SubscriptionHandlerData<ReportEventPayload, object, Context>) =>
      context.principal?.kind === 'user' &&
      !!context.principal.companyId &&
      payload.companyId === context.principal.companyId,
    description: "The company's reports of illegal requests as the police acknowledge them",
  })
  async illegalRequestReportAcknowledged(@Root() event: ReportEventPayload, @Ctx() ctx: Context) {
    await assertStillSignedIn(ctx);
    ctx.loaders = new Loaders(ctx.app.dataSource);
    return findReport(ctx, event.reportId);
  }

  @FieldResolver(() => Company)
  company(@Root() report: IllegalRequestReport, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Company).load(report.companyId);
  }

  @FieldResolver(() => PoliceOrgan, {
    nullable: true,
    description: 'The organ it is addressed to; none when the platform knows no organ there',
  })
  policeOrgan(@Root() report: IllegalRequestReport, @Ctx() ctx: Context) {
    return report.policeOrganId ? ctx.loaders.byId(PoliceOrgan).load(report.policeOrganId) : null;
  }

  @FieldResolver(() => User)
  reportedBy(@Root() report: IllegalRequestReport, @Ctx() ctx: Context) {
    return ctx.loaders.byId(User).load(report.reportedById);
  }

  @FieldResolver(() => User, { nullable: true })
  acknowledgedBy(@Root() report: IllegalRequestReport, @Ctx() ctx: Context) {
    return report.acknowledgedById ? ctx.loaders.byId(User).load(report.acknowledgedById) : null;
  }

  @FieldResolver(() => LegalityScreen)
  screen(@Root() report: IllegalRequestReport): LegalityScreen {
    return { result: report.screenResult, matches: report.screenMatches };
  }

  @FieldResolver(() => String, { nullable: true })
  serviceDivisionName(@Root() report: IllegalRequestReport): string | null {
    return divisionName(report.serviceDivisionCode);
  }
}
