import { divisionName, Role } from '@cqss/domain';
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { Context } from '../../common/context';
import { NotFoundError } from '../../common/errors';
import { Connection, PageArgs, paginate } from '../../common/pagination';
import { scopedQuery } from '../../common/scope';
import { Company } from '../companies/company.entity';
import { PoliceOrgan } from '../police-organs/police-organ.entity';
import { LegalityScreen } from '../service-requests/legality-screen.types';
import { User } from '../users/user.entity';
import { IllegalRequestReport } from './illegal-request-report.entity';

@ObjectType()
export class IllegalRequestReportConnection extends Connection(IllegalRequestReport) {}

@Resolver(() => IllegalRequestReport)
export class IllegalRequestReportResolver {
  @Authorized(Role.COMPANY_ADMIN, Role.POLICE_OFFICER)
  @Query(() => IllegalRequestReportConnection, {
    description:
      "Reports of illegal requests: the company's own, or those addressed to the officer's organ",
  })
  illegalRequestReports(@Args() page: PageArgs, @Ctx() ctx: Context) {
    return paginate(scopedQuery(ctx, IllegalRequestReport, 'r'), 'r', page);
  }

  @Authorized(Role.COMPANY_ADMIN, Role.POLICE_OFFICER)
  @Query(() => IllegalRequestReport)
  async illegalRequestReport(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    const report = await scopedQuery(ctx, IllegalRequestReport, 'r')
      .andWhere('r.id = :id', { id })
      .getOne();
    if (!report) throw new NotFoundError('IllegalRequestReport', id);
    return report;
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

  @FieldResolver(() => LegalityScreen)
  screen(@Root() report: IllegalRequestReport): LegalityScreen {
    return { result: report.screenResult, matches: report.screenMatches };
  }

  @FieldResolver(() => String, { nullable: true })
  serviceDivisionName(@Root() report: IllegalRequestReport): string | null {
    return divisionName(report.serviceDivisionCode);
  }
}
