import { InquiryState } from '@cqss/domain';
import { IsBoolean, IsEnum, IsNotEmpty, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { PageArgs } from '../../common/pagination';
import '../../common/enums.graphql';

@InputType()
export class LogInquiryInput {
  @Field(() => ID)
  @IsUUID()
  postId: string;

  @Field({ description: "The customer's question" })
  @IsNotEmpty()
  @MaxLength(1000)
  question: string;

  @Field(() => String, { nullable: true, description: 'The answer given; "I don\'t know" is none' })
  @IsOptional()
  @MaxLength(2000)
  answer?: string | null;

  @Field({ nullable: true, description: "Escalate at once to the post's supervisor" })
  @IsOptional()
  @IsBoolean()
  escalate?: boolean;
}

@InputType()
export class AnswerInquiryInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field({ description: "The guard's answer, or the supervisor's reply to an escalation" })
  @MaxLength(2000)
  answer: string;
}

@ArgsType()
export class InquiryArgs extends PageArgs {
  @Field(() => InquiryState, { nullable: true })
  @IsOptional()
  @IsEnum(InquiryState)
  state?: InquiryState | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  postId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Inquiries this guard logged' })
  @IsOptional()
  @IsUUID()
  guardId?: string | null;

  @Field(() => Date, { nullable: true, description: 'Logged at or after this instant' })
  @IsOptional()
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Logged before this instant' })
  @IsOptional()
  to?: Date | null;
}
