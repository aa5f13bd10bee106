import { OwnershipType } from '@cqss/domain';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import '../../common/enums.graphql';

/** A security service company: the tenant every company-owned row belongs to. */
@ObjectType({ simpleResolvers: true })
@Entity('company')
export class Company {
  static readonly tenancy = { company: 'id', location: 'homeDivisionCode' } as const;

  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column()
  name: string;

  @Field(() => OwnershipType)
  @Column({ type: 'enum', enum: OwnershipType, enumName: 'ownership_type' })
  ownershipType: OwnershipType;

  /** GB/T 2260 code of the company's registered home. */
  @Field()
  @Column({ type: 'char', length: 6 })
  homeDivisionCode: string;

  @Field({ description: '保安服务许可证 number' })
  @Column()
  securityLicenseNo: string;

  @Field({ description: '营业执照: unified social credit code' })
  @Column({ type: 'char', length: 18 })
  businessLicenseNo: string;

  @Field(() => String, {
    nullable: true,
    description: 'The last day the business licence (营业执照) is valid; null when open-ended',
  })
  @Column({ type: 'date', nullable: true })
  licenseExpiresOn: string | null;

  /** The post orders (岗位守则) new posts start with; null until the company writes its own. */
  @Column({ type: 'text', nullable: true })
  defaultPostOrders: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
