import { IsUUID } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

@InputType()
export class CreateShiftInput {
  @Field(() => ID)
  @IsUUID()
  postId: string;

  @Field(() => ID)
  @IsUUID()
  guardId: string;

  @Field()
  startsAt: Date;

  @Field({
    description: 'Exclusive: a shift ending at 16:00 and one starting at 16:00 do not overlap',
  })
  endsAt: Date;
}
