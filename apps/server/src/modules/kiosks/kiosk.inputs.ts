import { IsNotEmpty, IsOptional, IsUUID, Length, MaxLength } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
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

/** All a kiosk may know: its own unit's name and settings. */
@ObjectType()
export class KioskSession {
  @Field()
  deviceName: string;

  @Field()
  customerUnitName: string;

  @Field(() => String, { nullable: true })
  postName: string | null;
}
