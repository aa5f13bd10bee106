import { IsNotEmpty, IsOptional, IsUUID, Length, MaxLength } from 'class-validator';
import { FeedbackTag } from '@cqss/domain';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import '../feedback/feedback.enums';
import { KioskDevice } from './kiosk-device.entity';

@InputType()
export class RegisterKioskInput {
  @Field(() => ID)
  @IsUUID()
  customerUnitId: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  postId?: string | null;

  @Field()
  @IsNotEmpty()
  @MaxLength(80)
  name: string;
}

@InputType()
export class PairKioskInput {
  @Field({ description: 'The code the console showed when the kiosk was registered' })
  @Length(8, 9)
  code: string;
}

@ObjectType()
export class KioskRegistration {
  @Field(() => KioskDevice)
  device: KioskDevice;

  @Field({ description: 'Type this on the kiosk; single use' })
  pairingCode: string;

  @Field()
  expiresAt: Date;
}

/** What a kiosk needs to know to rate: the rules it applies before sending (the server applies them again). */
@ObjectType()
export class KioskSettings {
  @Field(() => Int, { description: 'Taps closer together than this on one device are noise' })
  minIntervalSeconds: number;

  @Field(() => Int, { description: 'At most this many ratings per device in any hour' })
  maxPerHour: number;

  @Field(() => Int, { description: 'Longest comment, in characters' })
  commentMax: number;

  @Field(() => [FeedbackTag], { description: 'The tags to offer, in order' })
  tags: FeedbackTag[];
}

/** All a kiosk may know: its own unit's name and settings. */
@ObjectType()
export class KioskSession {
  @Field()
  deviceName: string;

  @Field()
  customerUnitName: string;

  @Field(() => String, { nullable: true })
  postName: string | null;

  @Field(() => KioskSettings)
  settings: KioskSettings;
}
