import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A public security organ (公安机关); its division code is its jurisdiction. */
@ObjectType({ simpleResolvers: true })
@Entity('police_organ')
export class PoliceOrgan {
  static readonly tenancy = { location: 'divisionCode' } as const;

  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column()
  name: string;

  @Field()
  @Index('uq_police_organ_division', { unique: true })
  @Column({ type: 'char', length: 6 })
  divisionCode: string;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
