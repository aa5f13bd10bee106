import { CertificateStatus, EmploymentStatus } from '@cqss/domain';
import { IsEnum, IsNotEmpty, IsOptional, Length, MaxLength } from 'class-validator';
import { ArgsType, Field, InputType } from 'type-graphql';
import { PageArgs } from '../../common/pagination';
import { IsCalendarDate, IsPhone } from '../../common/validators';
import '../../common/enums.graphql';

@InputType()
export class CreateGuardInput {
  @Field()
  @IsNotEmpty()
  @MaxLength(40)
  name: string;

  @Field({ description: '18-character resident ID number with its check character' })
  @Length(18, 20)
  idNumber: string;

  @Field(() => String, { nullable: true, description: '保安员证 number' })
  @IsOptional()
  @MaxLength(40)
  certificateNo?: string | null;

  @Field(() => CertificateStatus)
  @IsEnum(CertificateStatus)
  certificateStatus: CertificateStatus;

  @Field()
  @MaxLength(20)
  @IsPhone()
  phone: string;

  @Field({ description: 'YYYY-MM-DD' })
  @IsCalendarDate()
  hiredOn: string;

  @Field(() => EmploymentStatus, { defaultValue: EmploymentStatus.ACTIVE })
  @IsEnum(EmploymentStatus)
  employmentStatus: EmploymentStatus;
}

/** Every field optional: only those given change. */
@InputType()
export class UpdateGuardInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsNotEmpty()
  @MaxLength(40)
  name?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(18, 20)
  idNumber?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(40)
  certificateNo?: string | null;

  @Field(() => CertificateStatus, { nullable: true })
  @IsOptional()
  @IsEnum(CertificateStatus)
  certificateStatus?: CertificateStatus;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(20)
  @IsPhone()
  phone?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsCalendarDate()
  hiredOn?: string;

  @Field(() => EmploymentStatus, { nullable: true })
  @IsOptional()
  @IsEnum(EmploymentStatus)
  employmentStatus?: EmploymentStatus;
}

@ArgsType()
export class GuardArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Part of a name, phone or certificate number',
  })
  @IsOptional()
  @MaxLength(40)
  search?: string | null;

  @Field(() => CertificateStatus, { nullable: true })
  @IsOptional()
  @IsEnum(CertificateStatus)
  certificateStatus?: CertificateStatus | null;

  @Field(() => EmploymentStatus, { nullable: true })
  @IsOptional()
  @IsEnum(EmploymentStatus)
  employmentStatus?: EmploymentStatus | null;
}
