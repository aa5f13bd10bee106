import { ReviewCheck, ServiceKind, ServiceRequestStatus, LegalityResult } from '@cqss/domain';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsIn,
  IsInt,
  IsOptional,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { IsCalendarDate } from '../../common/validators';
import { ArgsType, Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import '../../common/enums.graphql';
import { PageArgs } from '../../common/pagination';

@InputType({ description: 'A request being written: what the legality screen reads of it' })
export class LegalityScreenInput {
  @Field(() => [ServiceKind])
  @ArrayMaxSize(20)
  services: ServiceKind[];

  @Field()
  @MaxLength(2000)
  description: string;
}

@InputType()
export class SubmitServiceRequestInput {
  @Field(() => ID)
  @IsUUID()
  customerUnitId: string;

  @Field(() => [ServiceKind])
  @ArrayMinSize(1, { message: 'Choose at least one service' })
  @ArrayMaxSize(20)
  services: ServiceKind[];

  @Field({ description: "Where the service would be provided; the unit's address if it is there" })
  @MinLength(1)
  @MaxLength(200)
  serviceAddress: string;

  @Field({ description: 'GB/T 2260 code of the service location' })
  serviceDivisionCode: string;

  @Field()
  @IsCalendarDate()
  startsOn: string;

  @Field()
  @IsCalendarDate()
  endsOn: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(10000)
  headcount: number;

  @Field({ description: "The customer's request in their own words" })
  @MinLength(1)
  @MaxLength(2000)
  description: string;
}

export const ReviewDecision = { ACCEPT: 'ACCEPT', REFUSE: 'REFUSE' } as const;
export type ReviewDecision = (typeof ReviewDecision)[keyof typeof ReviewDecision];
registerEnumType(ReviewDecision, { name: 'ReviewDecision' });

@InputType()
export class ReviewAnswerInput {
  @Field(() => ReviewCheck)
  check: ReviewCheck;

  @Field(() => Boolean, { nullable: true, description: 'Yes, no, or not answered (null)' })
  @IsOptional()
  passed?: boolean | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  note?: string | null;
}

@InputType()
export class ReviewServiceRequestInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => ReviewDecision)
  @IsIn(Object.values(ReviewDecision))
  decision: ReviewDecision;

  @Field(() => [ReviewAnswerInput], { description: 'The Art. 25 checks; all yes to accept' })
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  answers: ReviewAnswerInput[];

  @Field(() => String, {
    nullable: true,
    description: 'Why it is refused (required to refuse), or why a flagged request is accepted',
  })
  @IsOptional()
  @MaxLength(1000)
  note?: string | null;

  @Field({
    defaultValue: false,
    description: 'Refuse as illegal: a report goes to the police organ of the service location',
  })
  illegal: boolean;
}

@ArgsType()
export class ServiceRequestArgs extends PageArgs {
  @Field(() => ServiceRequestStatus, { nullable: true })
  @IsOptional()
  status?: ServiceRequestStatus | null;

  @Field(() => LegalityResult, { nullable: true })
  @IsOptional()
  screenResult?: LegalityResult | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  customerUnitId?: string | null;
}
