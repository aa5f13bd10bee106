import { POST_ORDERS_MAX_LENGTH } from '@cqss/domain';
import { IsNotEmpty, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { IsCalendarDate } from '../../common/validators';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { PageArgs } from '../../common/pagination';

@InputType()
export class CreatePostInput {
  @Field(() => ID, { description: 'The service contract the post is worked under' })
  @IsUUID()
  contractId: string;

  @Field(() => ID, {
    nullable: true,
    description: "The contract's customer unit; omitted, it is taken from the contract",
  })
  @IsOptional()
  @IsUUID()
  customerUnitId?: string | null;

  @Field()
  @IsNotEmpty()
  @MaxLength(60)
  name: string;

  @Field(() => ID, { nullable: true, description: 'A duty supervisor of the company' })
  @IsOptional()
  @IsUUID()
  supervisorId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Omitted: the company's default post orders",
  })
  @IsOptional()
  @MaxLength(POST_ORDERS_MAX_LENGTH * 2)
  postOrders?: string | null;
}

@InputType()
export class UpdatePostInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsNotEmpty()
  @MaxLength(60)
  name?: string;

  @Field(() => ID, { nullable: true, description: 'null removes the supervisor' })
  @IsOptional()
  @IsUUID()
  supervisorId?: string | null;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(POST_ORDERS_MAX_LENGTH * 2)
  postOrders?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Another contract with the same customer unit (e.g. the next term)',
  })
  @IsOptional()
  @IsUUID()
  contractId?: string;
}

@ArgsType()
export class PostArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  customerUnitId?: string | null;

  @Field(() => String, { nullable: true, description: "Part of the post's name" })
  @IsOptional()
  @MaxLength(60)
  search?: string | null;
}

@ArgsType()
export class RosterArgs {
  @Field(() => ID)
  @IsUUID()
  postId: string;

  @Field({ description: 'Any day (YYYY-MM-DD) of the week to show, Monday to Sunday' })
  @IsCalendarDate()
  weekOf: string;
}
