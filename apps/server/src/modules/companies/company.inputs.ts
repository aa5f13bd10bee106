import { IsOptional, Matches, MaxLength, MinLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_MESSAGE = 'Use the form YYYY-MM-DD';

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
  @Matches(DATE, { message: DATE_MESSAGE })
  licenseExpiresOn?: string | null;
}
