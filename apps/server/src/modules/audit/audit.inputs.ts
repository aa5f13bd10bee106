import { IsOptional, IsUUID, MaxLength } from 'class-validator';
import { ArgsType, Field, ID } from 'type-graphql';
import { PageArgs } from '../../common/pagination';

@ArgsType()
export class AuditArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description: 'An action, or a prefix ending in "." (e.g. "contract.")',
  })
  @IsOptional()
  @MaxLength(64)
  action?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(64)
  targetType?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  targetId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  actorUserId?: string | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  from?: Date | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  to?: Date | null;
}
