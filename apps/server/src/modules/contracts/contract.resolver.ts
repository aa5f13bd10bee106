import { divisionName, isPurgeable, purgeUnlocksOn, Role, todayInChina } from '@cqss/domain';
import { In } from 'typeorm';
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
import { AuditEntry } from '../audit/audit-entry.entity';
import { CustomerUnit } from '../customer-units/customer-unit.entity';
import { ServiceRequest } from '../service-requests/service-request.entity';
import { User } from '../users/user.entity';
import { Contract } from './contract.entity';
import {
  ContractArgs,
  ContractTermsInput,
  CreateContractInput,
  TerminateContractInput,
} from './contract.inputs';
import {
  activateContract,
  createContract,
  getContract,
  listContracts,
  purgeContract,
  terminateContract,
  updateContract,
} from './contract.service';

@ObjectType()
export class ContractConnection extends Connection(Contract) {}

@Resolver(() => Contract)
export class ContractResolver {
  @Authorized(Role.COMPANY_ADMIN, Role.DUTY_SUPERVISOR)
  @Query(() => ContractConnection, { description: "The company's contracts, newest first" })
  contracts(@Args() args: ContractArgs, @Ctx() ctx: Context) {
    return listContracts(ctx, args);
  }

  @Authorized(Role.COMPANY_ADMIN, Role.DUTY_SUPERVISOR)
  @Query(() => Contract)
  contract(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return getContract(ctx, id);
  }

  @Authorized(Role.COMPANY_ADMIN)
  @Mutation(() => Contract, { description: 'Drafts a contract from an accepted request' })
  createContract(@Arg('input') input: CreateContractInput, @Ctx() ctx: Context) {
    return createContract(ctx, input);
  }

  @Authorized(Role.COMPANY_ADMIN)
  @Mutation(() => Contract, { description: 'Edits the terms of a draft contract' })
  updateContract(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: ContractTermsInput,
    @Ctx() ctx: Context,
  ) {
    return updateContract(ctx, id, input);
  }

  @Authorized(Role.COMPANY_ADMIN)
  @Mutation(() => Contract)
  activateContract(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return activateContract(ctx, id);
  }

  @Authorized(Role.COMPANY_ADMIN)
  @Mutation(() => Contract)
  terminateContract(@Arg('input') input: TerminateContractInput, @Ctx() ctx: Context) {
    return terminateContract(ctx, input);
  }

  @Authorized(Role.COMPANY_ADMIN)
  @Mutation(() => ID, {
    description: 'Deletes a terminated contract after its two years of retention; returns its id',
  })
  purgeContract(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return purgeContract(ctx, id);
  }

  @FieldResolver(() => CustomerUnit)
  customerUnit(@Root() contract: Contract, @Ctx() ctx: Context) {
    return ctx.loaders.byId(CustomerUnit).load(contract.customerUnitId);
  }

  @FieldResolver(() => ServiceRequest)
  serviceRequest(@Root() contract: Contract, @Ctx() ctx: Context) {
    return ctx.loaders.byId(ServiceRequest).load(contract.serviceRequestId);
  }

  @FieldResolver(() => User)
  createdBy(@Root() contract: Contract, @Ctx() ctx: Context) {
    return ctx.loaders.byId(User).load(contract.createdById);
  }

  @FieldResolver(() => String, { nullable: true })
  serviceDivisionName(@Root() contract: Contract): string | null {
    return divisionName(contract.serviceDivisionCode);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The first day it may be purged: the day after retainUntil',
  })
  purgeUnlocksOn(@Root() contract: Contract): string | null {
    return contract.retainUntil ? purgeUnlocksOn(contract.retainUntil) : null;
  }

  @FieldResolver(() => Boolean, { description: 'Its two years of retention are over' })
  purgeable(@Root() contract: Contract): boolean {
    return isPurgeable(contract.retainUntil, todayInChina());
  }

  @FieldResolver(() => [AuditEntry], {
    description:
      'The audit entries of the contract and of the request it was made from, oldest first',
  })
  async history(@Root() contract: Contract, @Ctx() ctx: Context): Promise<AuditEntry[]> {
    const loader = ctx.loaders.keyed(
      'AuditEntry.byTarget',
      async (keys) => {
        const rows = await ctx.app.dataSource.getRepository(AuditEntry).find({
          where: {
            targetId: In(keys.map((k) => k.targetId)),
            companyId: In([...new Set(keys.map((k) => k.companyId))]),
          },
          order: { createdAt: 'ASC', id: 'ASC' },
        });
        return keys.map((k) =>
          rows.filter((r) => r.targetId === k.targetId && r.companyId === k.companyId),
        );
      },
      (k) => `${k.companyId}:${k.targetId}`,
    );
    const { companyId } = contract;
    const [own, request] = await loader.loadMany([
      { companyId, targetId: contract.id },
      { companyId, targetId: contract.serviceRequestId },
    ]);
    return [...(own as AuditEntry[]), ...(request as AuditEntry[])].sort(
      (a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id),
    );
  }
}
