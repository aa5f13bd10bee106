import { IsOptional, MaxLength } from 'class-validator';
import { ArgsType, Field, InputType } from 'type-graphql';
import { PageArgs } from '../../common/pagination';

/** A customer unit as the form sends it; the rules are the domain's `customerUnitProblems`. */
@InputType()
export class CustomerUnitInput {
  @Field()
  name: string;

  @Field({ description: 'Unified social credit code: 18 characters with its check character' })
  creditCode: string;

  @Field()
  address: string;

  @Field({ description: 'GB/T 2260 code of the service location' })
  divisionCode: string;

  @Field()
  contactName: string;

  @Field()
  contactPhone: string;

  @Field()
  isKeyUnit: boolean;

  @Field(() => String, { nullable: true })
  keyUnitAuthority?: string | null;
}

@ArgsType()
export class CustomerUnitArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Part of the name, or the start of the credit code',
  })
  @IsOptional()
  @MaxLength(50)
  search?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'A division code: units whose location lies within it',
  })
  @IsOptional()
  @MaxLength(6)
  region?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  isKeyUnit?: boolean | null;
}
