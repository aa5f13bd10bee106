import { ContractStatus } from '@cqss/domain';
import { IsOptional, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { ArgsType, Field, ID, InputType, registerEnumType } from 'type-graphql';
import '../../common/enums.graphql';
import { PageArgs } from '../../common/pagination';
import { IsCalendarDate, IsPhone } from '../../common/validators';

/** The terms of a contract as the form sends them (create, or edit a draft). */
@InputType()
export class ContractTermsInput {
  @Field()
  @MinLength(1)
  @MaxLength(200)
  project: string;

  @Field()
  @MinLength(1)
  @MaxLength(4000)
  content: string;

  @Field()
  @MinLength(1)
  @MaxLength(4000)
  customerRightsObligations: string;

  @Field()
  @MinLength(1)
  @MaxLength(4000)
  companyRightsObligations: string;

  @Field({ description: 'Yuan, e.g. "360000" or "12800.50"' })
  @Matches(/^\d{1,12}(\.\d{1,2})?$/, { message: 'A sum in yuan with at most two decimals' })
  fee: string;

  @Field()
  @IsCalendarDate()
  startsOn: string;

  @Field()
  @IsCalendarDate()
  endsOn: string;

  @Field()
  @MinLength(1)
  @MaxLength(50)
  projectLeaderName: string;

  @Field()
  @IsPhone()
  projectLeaderPhone: string;
}

@InputType()
export class CreateContractInput extends ContractTermsInput {
  @Field(() => ID, { description: 'The accepted request the contract is made from' })
  @IsUUID()
  serviceRequestId: string;
}

@InputType()
export class TerminateContractInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field()
  @MaxLength(1000)
  reason: string;

  @Field({ description: 'The day the contract ended: not before activation, not in the future' })
  @IsCalendarDate()
  terminatedOn: string;
}

/** Where a contract stands in its two years of retention. */
export const RetentionState = {
  /** Terminated, still within its two years: it cannot be purged. */
  RETAINED: 'RETAINED',
  /** Terminated more than two years ago: a company admin may purge it. */
  PURGEABLE: 'PURGEABLE',
} as const;
export type RetentionState = (typeof RetentionState)[keyof typeof RetentionState];
registerEnumType(RetentionState, { name: 'RetentionState' });

@ArgsType()
export class ContractArgs extends PageArgs {
  @Field(() => ContractStatus, { nullable: true })
  @IsOptional()
  status?: ContractStatus | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  crossRegion?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'true: cross-region contracts still running whose filing is missing, a draft or returned',
  })
  @IsOptional()
  filingNeedsAttention?: boolean | null;

  @Field(() => RetentionState, { nullable: true })
  @IsOptional()
  retention?: RetentionState | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  customerUnitId?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of the project name' })
  @IsOptional()
  @MaxLength(50)
  search?: string | null;
}
