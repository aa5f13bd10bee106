import {
  ContractStatus,
  daysUntilDue,
  divisionName,
  filingAttention,
  filingDueDate,
  needsFilingAttention,
  Role,
  todayInChina,
  type DossierItem,
} from '@cqss/domain';
import { In } from 'typeorm';
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
  Subscription,
  type SubscriptionHandlerData,
} from 'type-graphql';
import type { Context } from '../../common/context';
import { Loaders } from '../../common/loaders';
import { AuditEntry } from '../audit/audit-entry.entity';
import { Company } from '../companies/company.entity';
import { Contract } from '../contracts/contract.entity';
import { CustomerUnit } from '../customer-units/customer-unit.entity';
import { PoliceOrgan } from '../police-organs/police-organ.entity';
import { User } from '../users/user.entity';
import {
  assertStillSignedIn,
  FILING_EVENTS,
  isFilingEventFor,
  type FilingEventPayload,
} from './filing.events';
import { Filing } from './filing.entity';
import { FilingArgs, ReturnFilingInput, ReviewFilingItemInput } from './filing.inputs';
import {
  acceptFiling,
  claimFiling,
  filingDossier,
  findFiling,
  listFilings,
  prepareFiling,
  returnFiling,
  reviewFilingItem,
  submitFiling,
  toFilingItem,
} from './filing.service';
import { FilingSubmission } from './filing-submission.entity';
import { FilingConnection, FilingDossier, FilingEvent, FilingItem } from './filing.types';
import { filingCompanies, findFilingCompany } from './filing-company.service';

const BOTH_SIDES = [Role.COMPANY_ADMIN, Role.POLICE_OFFICER];

/** Every submission of the filings of this request, oldest first: one statement a page. */
function submissionsOf(ctx: Context, filingId: string): Promise<FilingSubmission[]> {
  return ctx.loaders
    .keyed('FilingSubmission.byFiling', async (ids) => {
      const rows = await ctx.app.dataSource.getRepository(FilingSubmission).find({
        where: { filingId: In([...ids]) },
        order: { number: 'ASC' },
      });
      return ids.map((id) => rows.filter((r) => r.filingId === id));
    })
    .load(filingId);
}

async function currentOf(ctx: Context, filing: Filing): Promise<FilingSubmission | null> {
  if (!filing.revision) return null;
  return (await submissionsOf(ctx, filing.id)).find((s) => s.number === filing.revision) ?? null;
}

const contentOf = (submission: FilingSubmission | null, key: string) =>
  submission?.items.find((i) => i.key === key)?.content;

@Resolver(() => Filing)
export class FilingResolver {
  @Authorized(...BOTH_SIDES)
  @Query(() => FilingConnection, {
    description:
      "Filings sent: the company's own, or those submitted to the officer's organ; longest waiting first unless sorted otherwise",
  })
  filings(@Args() args: FilingArgs, @Ctx() ctx: Context) {
    return listFilings(ctx, args);
  }

  @Authorized(...BOTH_SIDES)
  @Query(() => Filing)
  filing(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return findFiling(ctx, id);
  }

  @Authorized(Role.COMPANY_ADMIN)
  @Mutation(() => Filing, {
    description: 'Opens the filing of a cross-region contract as a draft (or returns the one open)',
  })
  prepareFiling(@Arg('contractId', () => ID) contractId: string, @Ctx() ctx: Context) {
    return prepareFiling(ctx, contractId);
  }

  @Authorized(Role.COMPANY_ADMIN)
  @Mutation(() => Filing, {
    description: 'Freezes the dossier and sends it to the organ (again, after a return)',
  })
  submitFiling(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return submitFiling(ctx, id);
  }

  @Authorized(Role.POLICE_OFFICER)
  @Mutation(() => Filing, { description: 'Takes a submitted filing up for review' })
  claimFiling(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return claimFiling(ctx, id);
  }

  @Authorized(Role.POLICE_OFFICER)
  @Mutation(() => Filing, { description: 'Accepts one item, or notes what is wrong with it' })
  reviewFilingItem(@Arg('input') input: ReviewFilingItemInput, @Ctx() ctx: Context) {
    return reviewFilingItem(ctx, input.filingId, input);
  }

  @Authorized(Role.POLICE_OFFICER)
  @Mutation(() => Filing, { description: 'Accepts a filing whose items have all been accepted' })
  acceptFiling(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return acceptFiling(ctx, id);
  }

  @Authorized(Role.POLICE_OFFICER)
  @Mutation(() => Filing, {
    description: 'Returns a filing to the company, with the reason on each item that is wrong',
  })
  returnFiling(@Arg('input') input: ReturnFilingInput, @Ctx() ctx: Context) {
    return returnFiling(ctx, input);
  }

  @Authorized(...BOTH_SIDES)
  @Subscription(() => FilingEvent, {
    topics: FILING_EVENTS,
    filter: ({ payload, context }: SubscriptionHandlerData<FilingEventPayload, object, Context>) =>
      isFilingEventFor(payload, context.principal),
    description:
      "Steps of filings as they happen: to the addressed organ's officers, and to the company's admins",
  })
  async filingEvents(@Root() event: FilingEventPayload, @Ctx() ctx: Context): Promise<FilingEvent> {
    await assertStillSignedIn(ctx);
    // A subscription's context lives as long as the socket: read each filing afresh.
    ctx.loaders = new Loaders(ctx.app.dataSource);
    const filing = await findFiling(ctx, event.filingId);
    return {
      filingId: event.filingId,
      status: event.status,
      resubmission: event.resubmission,
      at: new Date(event.at),
      filing,
    };
  }

  @Authorized(Role.POLICE_OFFICER)
  @Query(() => [Company], {
    description: "Companies with filings or reports addressed to the officer's organ, by name",
  })
  filingCompanies(@Ctx() ctx: Context) {
    return filingCompanies(ctx);
  }

  @Authorized(Role.POLICE_OFFICER)
  @Query(() => Company, {
    description: "A company with filings or reports addressed to the officer's organ",
  })
  filingCompany(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return findFilingCompany(ctx, id);
  }

  @FieldResolver(() => Company)
  company(@Root() filing: Filing, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Company).load(filing.companyId);
  }

  @FieldResolver(() => PoliceOrgan, {
    nullable: true,
    description: 'The addressed organ; null while the platform knows none for the city',
  })
  policeOrgan(@Root() filing: Filing, @Ctx() ctx: Context) {
    return filing.policeOrganId ? ctx.loaders.byId(PoliceOrgan).load(filing.policeOrganId) : null;
  }

  @FieldResolver(() => Contract, {
    nullable: true,
    description: "The company's live contract; company only (officers see the frozen dossier)",
  })
  contract(@Root() filing: Filing, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Contract).load(filing.contractId);
  }

  @FieldResolver(() => String, { description: 'The project, as last submitted (live for a draft)' })
  async project(@Root() filing: Filing, @Ctx() ctx: Context): Promise<string> {
    const frozen = contentOf(await currentOf(ctx, filing), 'contract')?.project;
    if (frozen) return frozen;
    return (await ctx.loaders.byId(Contract).load(filing.contractId))!.project;
  }

  @FieldResolver(() => String, {
    description: 'The customer unit, as last submitted (live for a draft)',
  })
  async customerUnitName(@Root() filing: Filing, @Ctx() ctx: Context): Promise<string> {
    const current = await currentOf(ctx, filing);
    if (current) return current.customerUnitName;
    const contract = (await ctx.loaders.byId(Contract).load(filing.contractId))!;
    return (await ctx.loaders.byId(CustomerUnit).load(contract.customerUnitId))!.name;
  }

  @FieldResolver(() => String, { nullable: true })
  serviceDivisionName(@Root() filing: Filing): string | null {
    return divisionName(filing.serviceDivisionCode);
  }

  @FieldResolver(() => String, { nullable: true })
  addresseeDivisionName(@Root() filing: Filing): string | null {
    return divisionName(filing.addresseeDivisionCode);
  }

  @FieldResolver(() => String, {
    description:
      "The last day it is on time: the day before the contract's service starts (implementing measures Art. 26)",
  })
  async dueOn(@Root() filing: Filing, @Ctx() ctx: Context): Promise<string> {
    const frozen = contentOf(await currentOf(ctx, filing), 'contract')?.startsOn;
    const startsOn = frozen ?? (await ctx.loaders.byId(Contract).load(filing.contractId))!.startsOn;
    return filingDueDate(startsOn);
  }

  @FieldResolver(() => Int, {
    description: 'Days from today to dueOn: 0 due today, negative overdue',
  })
  async daysUntilDue(@Root() filing: Filing, @Ctx() ctx: Context): Promise<number> {
    return daysUntilDue(await this.dueOn(filing, ctx), todayInChina());
  }

  @FieldResolver(() => FilingSubmission, {
    nullable: true,
    description: 'The latest submission, the one reviewed; null for a draft never sent',
  })
  current(@Root() filing: Filing, @Ctx() ctx: Context) {
    return currentOf(ctx, filing);
  }

  @FieldResolver(() => [FilingSubmission], {
    description: 'Every submission with its frozen dossier and review, newest first',
  })
  async submissions(@Root() filing: Filing, @Ctx() ctx: Context) {
    return [...(await submissionsOf(ctx, filing.id))].reverse();
  }

  @FieldResolver(() => FilingDossier, {
    nullable: true,
    description:
      'The dossier as the live records stand now, with what blocks submitting it; company only',
  })
  dossier(@Root() filing: Filing, @Ctx() ctx: Context) {
    return filingDossier(ctx, filing);
  }

  @FieldResolver(() => [AuditEntry], { description: 'Every step of the filing, oldest first' })
  history(@Root() filing: Filing, @Ctx() ctx: Context): Promise<AuditEntry[]> {
    return ctx.loaders
      .keyed('AuditEntry.byFiling', async (ids) => {
        const rows = await ctx.app.dataSource.getRepository(AuditEntry).find({
          where: { targetType: 'Filing', targetId: In([...ids]) },
          order: { createdAt: 'ASC', id: 'ASC' },
        });
        return ids.map((id) => rows.filter((r) => r.targetId === id));
      })
      .load(filing.id);
  }
}

@Resolver(() => FilingSubmission)
export class FilingSubmissionResolver {
  @FieldResolver(() => [FilingItem], {
    description: 'The frozen dossier, item by item, with the verdict on each',
  })
  async items(@Root() submission: FilingSubmission, @Ctx() ctx: Context): Promise<FilingItem[]> {
    const all = await submissionsOf(ctx, submission.filingId);
    const previous = all.find((s) => s.number === submission.number - 1);
    const before = (key: string): DossierItem | null | undefined =>
      previous ? previous.items.find((i) => i.key === key) : null;
    const reviews = new Map(submission.reviews.map((r) => [r.key, r]));
    return submission.items.map((item) =>
      toFilingItem(item, reviews.get(item.key), before(item.key)),
    );
  }

  @FieldResolver(() => String, { nullable: true })
  serviceDivisionName(@Root() submission: FilingSubmission): string | null {
    return divisionName(submission.serviceDivisionCode);
  }

  @FieldResolver(() => User)
  submittedBy(@Root() submission: FilingSubmission, @Ctx() ctx: Context) {
    return ctx.loaders.byId(User).load(submission.submittedById);
  }

  @FieldResolver(() => User, { nullable: true })
  claimedBy(@Root() submission: FilingSubmission, @Ctx() ctx: Context) {
    return submission.claimedById ? ctx.loaders.byId(User).load(submission.claimedById) : null;
  }

  @FieldResolver(() => User, { nullable: true })
  decidedBy(@Root() submission: FilingSubmission, @Ctx() ctx: Context) {
    return submission.decidedById ? ctx.loaders.byId(User).load(submission.decidedById) : null;
  }
}

/** A contract's filing, as every screen showing a contract needs it. */
@Resolver(() => Contract)
export class ContractFilingResolver {
  @FieldResolver(() => Filing, {
    nullable: true,
    description: 'Its cross-region filing, once prepared',
  })
  filing(@Root() contract: Contract, @Ctx() ctx: Context) {
    return ctx.loaders.oneBy(Filing, 'contractId').load(contract.id);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Cross-region: the last day its filing is on time (the day before it starts)',
  })
  filingDueOn(@Root() contract: Contract): string | null {
    return contract.crossRegion ? filingDueDate(contract.startsOn) : null;
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'Cross-region: days left to file (0 due today, negative overdue)',
  })
  filingDaysLeft(@Root() contract: Contract): number | null {
    return contract.crossRegion
      ? daysUntilDue(filingDueDate(contract.startsOn), todayInChina())
      : null;
  }

  @FieldResolver(() => Boolean, {
    description:
      'Cross-region and running, with its filing missing, a draft or returned: the company must act',
  })
  async filingNeedsAttention(@Root() contract: Contract, @Ctx() ctx: Context): Promise<boolean> {
    if (!contract.crossRegion || contract.status === ContractStatus.TERMINATED) return false;
    const filing = await ctx.loaders.oneBy(Filing, 'contractId').load(contract.id);
    return needsFilingAttention(filing?.status);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'Its filing returned while the contract is active: the last day to resubmit it (returned on + 15 days)',
  })
  async filingResubmitBy(@Root() contract: Contract, @Ctx() ctx: Context): Promise<string | null> {
    const attention = await this.attention(contract, ctx);
    return attention?.kind === 'RESUBMIT' ? attention.resubmitBy : null;
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description:
      'Its filing returned while the contract is active: days left to resubmit (negative: late)',
  })
  async filingResubmitDaysLeft(
    @Root() contract: Contract,
    @Ctx() ctx: Context,
  ): Promise<number | null> {
    const attention = await this.attention(contract, ctx);
    return attention?.kind === 'RESUBMIT' ? attention.daysLeft : null;
  }

  private async attention(contract: Contract, ctx: Context) {
    if (!contract.crossRegion || contract.status !== ContractStatus.ACTIVE) return null;
    const filing = await ctx.loaders.oneBy(Filing, 'contractId').load(contract.id);
    if (!filing) return null;
    const returnedAt = (await currentOf(ctx, filing))?.decidedAt ?? null;
    return filingAttention(contract, { status: filing.status, returnedAt }, todayInChina());
  }
}
