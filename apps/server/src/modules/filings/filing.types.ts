import { FilingItemKind, FilingItemStatus, FilingStatus } from '@cqss/domain';
import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import '../../common/enums.graphql';
import { Connection } from '../../common/pagination';
import { StoredDocument } from '../documents/document.entity';
import { PoliceOrgan } from '../police-organs/police-organ.entity';
import { Filing } from './filing.entity';

@ObjectType({ description: 'One named value of a dossier item, e.g. certificateNo' })
export class FilingItemField {
  @Field({ description: 'The field name, e.g. securityLicenseNo, idNumberMasked' })
  name: string;

  @Field(() => String, { nullable: true })
  value: string | null;
}

@ObjectType({ description: 'One item of a dossier, with the officer’s verdict on it' })
export class FilingItem {
  @Field({ description: 'Stable within a filing: security-license, contract, guard-<id>…' })
  key: string;

  @Field(() => FilingItemKind)
  kind: FilingItemKind;

  @Field(() => [FilingItemField])
  fields: FilingItemField[];

  @Field(() => FilingItemStatus)
  status: FilingItemStatus;

  @Field(() => String, { nullable: true, description: 'What is wrong, when rejected' })
  reason: string | null;

  @Field(() => Date, { nullable: true })
  reviewedAt: Date | null;

  @Field({
    description:
      'Differs from the same item of the previous submission (or is new): what the company changed',
  })
  changed: boolean;
}

@ObjectType({ description: 'Something that blocks submitting a dossier' })
export class DossierProblem {
  @Field({ description: 'A DossierProblemCode, e.g. GUARD_CERTIFICATE_INVALID' })
  code: string;

  @Field({ description: 'The record field at fault, e.g. guards.2.certificateStatus' })
  field: string;

  @Field({ description: 'In English; clients translate the code' })
  message: string;

  @Field(() => String, { nullable: true, description: 'The item it concerns; null: the roster' })
  itemKey: string | null;

  @Field(() => GraphQLJSON, { description: 'Values for the message (guard name, dates…)' })
  params: Record<string, unknown>;
}

@ObjectType({
  description: 'The dossier as the live records stand: what submitting now would freeze',
})
export class FilingDossier {
  @Field(() => [FilingItem])
  items: FilingItem[];

  @Field(() => [StoredDocument], {
    description: 'The licence scans and signed contract a submission now would be filed with',
  })
  documents: StoredDocument[];

  @Field(() => [DossierProblem], { description: 'Empty when it may be submitted' })
  problems: DossierProblem[];

  @Field(() => PoliceOrgan, {
    nullable: true,
    description: 'The addressee; null when the platform knows no organ for the city',
  })
  policeOrgan: PoliceOrgan | null;

  @Field()
  addresseeDivisionCode: string;

  @Field(() => String, { nullable: true })
  addresseeDivisionName: string | null;
}

@ObjectType({ description: 'A step of a filing, pushed to the organ and to the company' })
export class FilingEvent {
  @Field(() => ID)
  filingId: string;

  @Field(() => FilingStatus, { description: 'The status the filing moved to' })
  status: FilingStatus;

  @Field({ description: 'A submission after a return' })
  resubmission: boolean;

  @Field()
  at: Date;

  @Field(() => Filing)
  filing: Filing;
}

@ObjectType()
export class FilingConnection extends Connection(Filing) {}
