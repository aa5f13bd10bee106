import { IsBoolean, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { PageArgs } from '../../common/pagination';

@ArgsType()
export class IllegalRequestReportArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  companyId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: acknowledged; false: not yet' })
  @IsOptional()
  @IsBoolean()
  acknowledged?: boolean | null;
}

@InputType()
export class AcknowledgeReportInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => String, { nullable: true, description: 'What the organ will do, for the record' })
  @IsOptional()
  @MaxLength(1000)
  note?: string | null;
}
