import { IsOptional, MaxLength, MinLength } from 'class-validator';
import { IsCalendarDate } from '../../common/validators';
import { Field, InputType } from 'type-graphql';

@InputType({ description: "The company's licences as the filing dossier shows them" })
export class CompanyLicensesInput {
  @Field({ description: '保安服务许可证 number' })
  @MinLength(1)
  @MaxLength(60)
  securityLicenseNo: string;

  @Field({ description: '营业执照: the unified social credit code' })
  @MinLength(18)
  @MaxLength(18)
  businessLicenseNo: string;

  @Field(() => String, {
    nullable: true,
    description: 'Business licence valid until; null: open-ended',
  })
  @IsOptional()
  @IsCalendarDate()
  licenseExpiresOn?: string | null;
}
