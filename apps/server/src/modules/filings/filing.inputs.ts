import { FilingItemStatus, FilingStatus } from '@cqss/domain';
import {
  ArrayMaxSize,
  IsEnum,
  IsOptional,
  IsUUID,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { IsCalendarDate } from '../../common/validators';
import { ArgsType, Field, ID, InputType, registerEnumType } from 'type-graphql';
import '../../common/enums.graphql';
import { PageArgs } from '../../common/pagination';

/** How a list of filings is ordered. */
export const FilingSort = {
  /** Submitted longest ago first: the queue as an officer works through it. */
  WAITING_LONGEST: 'WAITING_LONGEST',
  /** Submitted most recently first. */
  NEWEST: 'NEWEST',
} as const;
export type FilingSort = (typeof FilingSort)[keyof typeof FilingSort];
registerEnumType(FilingSort, { name: 'FilingSort' });

@ArgsType()
export class FilingArgs extends PageArgs {
  @Field(() => [FilingStatus], { nullable: true, description: 'Any of these statuses' })
  @IsOptional()
  @ArrayMaxSize(5)
  @IsEnum(FilingStatus, { each: true })
  statuses?: FilingStatus[] | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  companyId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Submitted on or after (YYYY-MM-DD, Beijing)',
  })
  @IsOptional()
  @IsCalendarDate()
  submittedFrom?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Submitted on or before (YYYY-MM-DD, Beijing)',
  })
  @IsOptional()
  @IsCalendarDate()
  submittedTo?: string | null;

  @Field(() => FilingSort, { defaultValue: FilingSort.WAITING_LONGEST })
  @IsEnum(FilingSort)
  sort: FilingSort;
}

@InputType()
export class FilingItemReviewInput {
  @Field()
  @MinLength(1)
  @MaxLength(80)
  key: string;

  @Field(() => FilingItemStatus)
  @IsEnum(FilingItemStatus)
  status: FilingItemStatus;

  @Field(() => String, { nullable: true, description: 'What is wrong; required when REJECTED' })
  @IsOptional()
  @MaxLength(500)
  reason?: string | null;
}

@InputType()
export class ReviewFilingItemInput extends FilingItemReviewInput {
  @Field(() => ID)
  @IsUUID()
  filingId: string;
}

@InputType()
export class ReturnFilingInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => [FilingItemReviewInput], {
    nullable: true,
    description: 'Verdicts to record with the return (added to those already recorded)',
  })
  @IsOptional()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  items?: FilingItemReviewInput[] | null;
}
