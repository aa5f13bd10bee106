import { IsNotEmpty, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';

@InputType()
export class LoginInput {
  @Field()
  @IsNotEmpty()
  @MaxLength(64)
  username: string;

  @Field()
  @IsNotEmpty()
  @MaxLength(256)
  password: string;
}
