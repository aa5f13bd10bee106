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
} from 'type-graphql';
import type { Context } from '../../common/context';
import { Connection } from '../../common/pagination';
import { Contract } from '../contracts/contract.entity';
import { CustomerUnit } from '../customer-units/customer-unit.entity';
import { IllegalRequestReport } from '../illegal-reports/illegal-request-report.entity';
import { User } from '../users/user.entity';
import { LegalityScreen, ReviewAnswer } from './legality-screen.types';
import { ServiceRequest } from './service-request.entity';
import {
  LegalityScreenInput,
  ReviewServiceRequestInput,
  ServiceRequestArgs,
  SubmitServiceRequestInput,
} from './service-request.inputs';
import {
  getServiceRequest,
  listServiceRequests,
  reviewServiceRequest,
  screenServiceRequest,
  submitServiceRequest,
} from './service-request.service';

@ObjectType()
export class ServiceRequestConnection extends Connection(ServiceRequest) {}

@Resolver(() => ServiceRequest)
export class ServiceRequestResolver {
  @Authorized(Role.COMPANY_ADMIN, Role.DUTY_SUPERVISOR)
  @Query(() => ServiceRequestConnection, { description: "The company's requests, newest first" })
  serviceRequests(@Args() args: ServiceRequestArgs, @Ctx() ctx: Context) {
    return listServiceRequests(ctx, args);
  }

  @Authorized(Role.COMPANY_ADMIN, Role.DUTY_SUPERVISOR)
  @Query(() => ServiceRequest)
  serviceRequest(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return getServiceRequest(ctx, id);
  }

  @Authorized(Role.COMPANY_ADMIN, Role.DUTY_SUPERVISOR)
  @Query(() => LegalityScreen, {
    description:
      'The legality screen of a request being written, as submitting it would store it (offsets into the description as sent)',
  })
  legalityScreen(@Arg('input') input: LegalityScreenInput): LegalityScreen {
    return screenServiceRequest(input);
  }

  @Authorized(Role.COMPANY_ADMIN, Role.DUTY_SUPERVISOR)
  @Mutation(() => ServiceRequest, {
    description:
      'Records a customer request; the server screens it for legality and stores the screen',
  })
  submitServiceRequest(@Arg('input') input: SubmitServiceRequestInput, @Ctx() ctx: Context) {
    return submitServiceRequest(ctx, input);
  }

  @Authorized(Role.COMPANY_ADMIN)
  @Mutation(() => ServiceRequest, {
    description:
      'Accepts or refuses a pending request (Art. 25 checks); refusing as illegal reports it to the police',
  })
  reviewServiceRequest(@Arg('input') input: ReviewServiceRequestInput, @Ctx() ctx: Context) {
    return reviewServiceRequest(ctx, input);
  }

  @FieldResolver(() => LegalityScreen)
  screen(@Root() request: ServiceRequest): LegalityScreen {
    return { result: request.screenResult, matches: request.screenMatches };
  }

  @FieldResolver(() => [ReviewAnswer])
  reviewAnswers(@Root() request: ServiceRequest): ReviewAnswer[] {
    return request.reviewAnswers.map((a) => ({ ...a, note: a.note ?? null }));
  }

  @FieldResolver(() => CustomerUnit)
  customerUnit(@Root() request: ServiceRequest, @Ctx() ctx: Context) {
    return ctx.loaders.byId(CustomerUnit).load(request.customerUnitId);
  }

  @FieldResolver(() => User)
  submittedBy(@Root() request: ServiceRequest, @Ctx() ctx: Context) {
    return ctx.loaders.byId(User).load(request.submittedById);
  }

  @FieldResolver(() => User, { nullable: true })
  reviewedBy(@Root() request: ServiceRequest, @Ctx() ctx: Context) {
    return request.reviewedById ? ctx.loaders.byId(User).load(request.reviewedById) : null;
  }

  @FieldResolver(() => Contract, {
    nullable: true,
    description: 'The contract made from it, if any',
  })
  contract(@Root() request: ServiceRequest, @Ctx() ctx: Context) {
    return ctx.loaders.oneBy(Contract, 'serviceRequestId').load(request.id);
  }

  @FieldResolver(() => IllegalRequestReport, {
    nullable: true,
    description: 'The report to the police, if it was refused as illegal',
  })
  report(@Root() request: ServiceRequest, @Ctx() ctx: Context) {
    return ctx.loaders.oneBy(IllegalRequestReport, 'serviceRequestId').load(request.id);
  }

  @FieldResolver(() => String, { nullable: true })
  serviceDivisionName(@Root() request: ServiceRequest): string | null {
    return divisionName(request.serviceDivisionCode);
  }
}
