import { Field, ID, ObjectType } from 'type-graphql';
import { Column, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Company } from '../modules/companies/company.entity';
import type { Tenancy } from './scope';

/**
 * What every row a company owns has: a uuid `id` (a GraphQL `ID`), the owning `companyId` and
 * its `company` (never deleted while it owns rows). Its foreign key is `fk_<table>_company`
 * (SnakeNamingStrategy). The rows are confined to their company by `scopedQuery`: an entity
 * that officers may also read by organ or location says so in its own `tenancy`. Its `@Field`
 * is inherited by each subclass's GraphQL type; no field returns the base, so the schema has no
 * type of its name.
 */
@ObjectType()
export abstract class CompanyOwned {
  static readonly tenancy: Tenancy = { company: 'companyId' };

  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  companyId: string;

  @ManyToOne(() => Company, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'company_id' })
  company?: Company;
}
