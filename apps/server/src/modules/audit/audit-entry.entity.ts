import { GraphQLJSON } from 'graphql-scalars';
import { Role } from '@cqss/domain';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import '../../common/enums.graphql';

/**
 * One compliance act: who (user or device, with role), when, what, on which row. Append-only:
 * the API has no way to change it and the database refuses UPDATE, DELETE and TRUNCATE.
 */
@ObjectType({ simpleResolvers: true })
@Entity('audit_entry')
@Index('idx_audit_entry_company_created', ['companyId', 'createdAt', 'id'])
@Index('idx_audit_entry_organ_created', ['policeOrganId', 'createdAt', 'id'])
@Index('idx_audit_entry_target', ['targetType', 'targetId'])
export class AuditEntry {
  static readonly tenancy = { company: 'companyId', organ: 'policeOrganId' } as const;

  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: 'When the act happened' })
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  actorUserId: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  actorDeviceId: string | null;

  @Field(() => Role, { nullable: true })
  @Column({ type: 'enum', enum: Role, enumName: 'role', nullable: true })
  actorRole: Role | null;

  @Field({ description: 'Username or device name at the time of the act' })
  @Column()
  actorLabel: string;

  @Column({ type: 'uuid', nullable: true })
  companyId: string | null;

  @Column({ type: 'uuid', nullable: true })
  policeOrganId: string | null;

  @Field({ description: 'What was done, e.g. auth.login, contract.activate' })
  @Column()
  action: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', nullable: true })
  targetType: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  targetId: string | null;

  @Field(() => GraphQLJSON)
  @Column({ type: 'jsonb', default: {} })
  detail: Record<string, unknown>;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', nullable: true })
  ip: string | null;
}
