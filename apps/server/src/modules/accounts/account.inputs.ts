import { Role } from '@cqss/domain';
import { IsBoolean, IsEnum, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { PageArgs } from '../../common/pagination';
import '../../common/enums.graphql';

// The rules of names and passwords are the domain's (account-rules.ts, password-rules.ts);
// these bounds only keep absurd input from reaching them.

@InputType({ description: 'A company account: an admin, a duty supervisor or a guard' })
export class OpenAccountInput {
  @Field(() => Role)
  @IsEnum(Role)
  role: Role;

  @Field({ description: '3–32 lower-case letters, digits and . _ -, starting with a letter' })
  @MaxLength(64)
  username: string;

  @Field()
  @MaxLength(200)
  displayName: string;

  @Field(() => ID, { nullable: true, description: 'The guard record, for a GUARD account' })
  @IsOptional()
  @IsUUID()
  guardId?: string | null;

  @Field({ description: 'One-time: the user must change it when they first sign in' })
  @MaxLength(512)
  initialPassword: string;
}

@InputType()
export class ResetPasswordInput {
  @Field({ description: 'One-time: the user must change it when they next sign in' })
  @MaxLength(512)
  initialPassword: string;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  @MaxLength(512)
  currentPassword: string;

  @Field({ description: 'At least 10 characters, not containing the username, not a common one' })
  @MaxLength(512)
  newPassword: string;
}

@ArgsType()
export class AccountArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Part of the username or the name' })
  @IsOptional()
  @MaxLength(64)
  search?: string | null;

  @Field(() => Role, { nullable: true })
  @IsOptional()
  @IsEnum(Role)
  role?: Role | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean | null;
}
