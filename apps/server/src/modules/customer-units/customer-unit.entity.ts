import { Field, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, Unique, UpdateDateColumn } from 'typeorm';
import { CompanyOwned } from '../../common/company-owned.entity';

/** A customer unit (客户单位) that entrusts a company with security service. */
@ObjectType({ simpleResolvers: true })
@Entity('customer_unit')
@Unique('uq_customer_unit_credit_code', ['companyId', 'creditCode'])
@Index('idx_customer_unit_company_created', ['companyId', 'createdAt', 'id'])
export class CustomerUnit extends CompanyOwned {
  static override readonly tenancy = { company: 'companyId', location: 'divisionCode' } as const;

  @Field()
  @Column()
  name: string;

  @Field({ description: 'Unified social credit code (统一社会信用代码)' })
  @Column({ type: 'char', length: 18 })
  creditCode: string;

  @Field()
  @Column()
  address: string;

  @Field({ description: 'GB/T 2260 code of the service location' })
  @Column({ type: 'char', length: 6 })
  divisionCode: string;

  @Field()
  @Column()
  contactName: string;

  @Field()
  @Column()
  contactPhone: string;

  @Field({
    description: 'Determined a key security unit involving national security or state secrets',
  })
  @Column({ default: false })
  isKeyUnit: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'The government that determined it a key unit',
  })
  @Column({ type: 'varchar', nullable: true })
  keyUnitAuthority: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
