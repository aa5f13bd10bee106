import { Role } from '@cqss/domain';
import { Field, ID, ObjectType } from 'type-graphql';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Company } from '../companies/company.entity';
import { Guard } from '../guards/guard.entity';
import { PoliceOrgan } from '../police-organs/police-organ.entity';
import '../../common/enums.graphql';

/** A person who signs in: company staff (with a company) or a police officer (with an organ). */
@ObjectType({ simpleResolvers: true })
@Entity('app_user')
@Check(
  'ck_user_belongs',
  `(role IN ('COMPANY_ADMIN','DUTY_SUPERVISOR','GUARD') AND company_id IS NOT NULL AND police_organ_id IS NULL) OR (role = 'POLICE_OFFICER' AND police_organ_id IS NOT NULL AND company_id IS NULL)`,
)
// A guard's account is linked to their guard record; no one else's is.
@Check('ck_user_guard', `(role = 'GUARD') = (guard_id IS NOT NULL)`)
export class User {
  static readonly tenancy = { company: 'companyId', organ: 'policeOrganId' } as const;

  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stored lower-case; sign-in is case-insensitive. */
  @Field()
  @Index('uq_user_username', { unique: true })
  @Column()
  username: string;

  @Field()
  @Column()
  displayName: string;

  @Field(() => Role)
  @Column({ type: 'enum', enum: Role, enumName: 'role' })
  role: Role;

  @Column({ type: 'uuid', nullable: true })
  companyId: string | null;

  @ManyToOne(() => Company, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'company_id', foreignKeyConstraintName: 'fk_user_company' })
  company?: Company;

  @Column({ type: 'uuid', nullable: true })
  policeOrganId: string | null;

  @ManyToOne(() => PoliceOrgan, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'police_organ_id', foreignKeyConstraintName: 'fk_user_police_organ' })
  policeOrgan?: PoliceOrgan;

  /** The guard record of a GUARD account (one account a guard). */
  @Index('uq_user_guard', { unique: true, where: 'guard_id IS NOT NULL' })
  @Column({ type: 'uuid', nullable: true })
  guardId: string | null;

  @ManyToOne(() => Guard, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'guard_id', foreignKeyConstraintName: 'fk_user_guard' })
  guard?: Guard;

  @Column()
  passwordHash: string;

  @Field({ description: 'False once disabled: the account cannot sign in, its sessions are ended' })
  @Column({ default: true })
  active: boolean;

  /** Set by a one-time password (a new account, a reset): nothing but changing it is allowed. */
  @Field({ description: 'The password is one-time: it must be changed before anything else' })
  @Column({ default: false })
  mustChangePassword: boolean;

  @Field(() => Date, { nullable: true, description: 'The last successful sign-in' })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  lastSignInAt: Date | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
