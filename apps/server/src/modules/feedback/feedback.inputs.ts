import { FeedbackTag } from '@cqss/domain';
import {
  ArrayMaxSize,
  IsBoolean,
  IsInt,
  IsNumber,
  IsOptional,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { IsCalendarDate } from '../../common/validators';
import { ArgsType, Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import './feedback.enums';

@InputType()
export class SubmitFeedbackInput {
  @Field(() => ID, {
    description: 'A UUID the kiosk made when the rating was tapped; every retry sends the same one',
  })
  @IsUUID()
  idempotencyKey: string;

  @Field(() => Int, { description: '1 (very dissatisfied) to 5 (very satisfied)' })
  rating: number;

  @Field(() => [FeedbackTag], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10)
  tags?: FeedbackTag[] | null;

  @Field(() => String, { nullable: true, description: 'Plain text, at most 200 characters' })
  @IsOptional()
  // The rule (200 characters after normalising) is the domain's; this only bounds the request.
  @MaxLength(2000)
  comment?: string | null;

  @Field({ description: 'When the rating was tapped, by the device clock' })
  recordedAt: Date;

  @Field(() => Date, {
    nullable: true,
    description:
      'When the customer gave the tags and comment, by the device clock: sent again with the same key, they amend the stored rating within the window',
  })
  @IsOptional()
  amendedAt?: Date | null;
}

/** What a kiosk gets back for a rating: what was stored (the first time, for a retried key). */
@ObjectType()
export class FeedbackReceipt {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  idempotencyKey: string;

  @Field(() => Int)
  rating: number;

  @Field(() => [FeedbackTag])
  tags: FeedbackTag[];

  @Field(() => String, { nullable: true })
  comment: string | null;

  @Field()
  recordedAt: Date;

  @Field()
  receivedAt: Date;
}

/** Which ratings a dashboard looks at: one unit or post, and a period of Beijing calendar days. */
@ArgsType()
export class FeedbackFilterArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  customerUnitId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  postId?: string | null;

  @Field(() => String, { nullable: true, description: 'First day (YYYY-MM-DD, Beijing time)' })
  @IsOptional()
  @IsCalendarDate()
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'Last day, included (YYYY-MM-DD)' })
  @IsOptional()
  @IsCalendarDate()
  to?: string | null;
}

@ArgsType()
export class FeedbackCommentArgs extends FeedbackFilterArgs {
  @Field(() => Int, { defaultValue: 20 })
  @Min(1)
  @Max(100)
  first: number;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page' })
  after?: string | null;
}

@ArgsType()
export class FeedbackAlertArgs {
  @Field(() => Int, { defaultValue: 20 })
  @Min(1)
  @Max(100)
  first: number;

  @Field(() => String, { nullable: true })
  after?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: not yet acknowledged; false: acknowledged; null: all',
  })
  @IsOptional()
  @IsBoolean()
  open?: boolean | null;
}

@InputType()
export class AcknowledgeFeedbackAlertInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field({ description: 'What was done about it' })
  @Matches(/\S/, { message: 'Say what was done about it' })
  @MaxLength(500)
  comment: string;
}

@InputType()
export class FeedbackSettingsInput {
  @Field()
  @IsBoolean()
  oneStarAlert: boolean;

  @Field(() => Int)
  @IsInt()
  windowMinutes: number;

  @Field(() => Int)
  @IsInt()
  minRatings: number;

  @Field(() => Float)
  @IsNumber()
  lowShare: number;
}
