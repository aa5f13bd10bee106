import { HandoverState } from '@cqss/domain';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsUUID,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { PageArgs } from '../../common/pagination';
import '../../common/enums.graphql';

@InputType()
export class HandoverItemInput {
  @Field()
  @MaxLength(40)
  name: string;

  @Field(() => Int)
  @IsInt()
  quantity: number;
}

@InputType()
export class ItemCountInput {
  @Field()
  @MaxLength(40)
  name: string;

  @Field(() => Int, { description: 'How many the incoming guard found' })
  @IsInt()
  quantity: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  note?: string | null;
}

@InputType({ description: "The outgoing guard's record" })
export class StartHandoverInput {
  @Field(() => ID)
  @IsUUID()
  postId: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Omitted: the guard of the next shift at the post',
  })
  @IsOptional()
  @IsUUID()
  incomingGuardId?: string | null;

  @Field()
  @IsNotEmpty()
  @MaxLength(2000)
  postStatus: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  openProblems?: string | null;

  @Field(() => [HandoverItemInput])
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  items: HandoverItemInput[];

  @Field()
  @IsBoolean()
  incidentOpen: boolean;

  @Field(() => String, { nullable: true, description: 'Required while an incident is open' })
  @IsOptional()
  @MaxLength(2000)
  incidentNote?: string | null;
}

/** Every step names the version of the handover the actor saw. */
@InputType()
export class HandoverStepInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  note?: string | null;
}

@InputType({ description: "The incoming guard's inspection" })
export class InspectHandoverInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  findings?: string | null;

  @Field(() => [ItemCountInput], {
    nullable: true,
    description: 'What was found of each item; omitted: everything as handed over',
  })
  @IsOptional()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  counts?: ItemCountInput[] | null;

  @Field({ nullable: true, description: 'The inspection found an incident still being handled' })
  @IsOptional()
  @IsBoolean()
  incidentOpen?: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  incidentNote?: string | null;
}

/** The duty supervisor returns a handover awaiting approval, saying why. */
@InputType()
export class ReturnHandoverInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;

  @Field({ description: 'What the guards must put right before asking again (required)' })
  // The rule (required, at most 2000 characters after trimming) is the domain's; this bounds the request.
  @MaxLength(4000)
  reason: string;
}

@ArgsType()
export class HandoverArgs extends PageArgs {
  @Field(() => HandoverState, { nullable: true })
  @IsOptional()
  @IsEnum(HandoverState)
  state?: HandoverState | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  postId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Handovers this guard gave or took' })
  @IsOptional()
  @IsUUID()
  guardId?: string | null;

  @Field(() => Date, { nullable: true, description: 'Drafted at or after this instant' })
  @IsOptional()
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Drafted before this instant' })
  @IsOptional()
  to?: Date | null;
}
