import { IsBoolean, IsIn, IsInt, IsOptional, MaxLength } from 'class-validator';
import { Field, InputType, Int, ObjectType } from 'type-graphql';

/**
 * A company's notification settings as the console sees them: the secrets (webhook keys, the
 * DingTalk signing secret, the SMTP password) only as masked hints, never whole.
 */
@ObjectType({ simpleResolvers: true })
export class NotificationSettings {
  @Field({ description: 'The language of the messages: zh-CN or en' })
  language: string;

  @Field(() => String, { nullable: true, description: 'The WeCom group robot webhook, masked' })
  wecomWebhook: string | null;

  @Field(() => String, { nullable: true, description: 'The DingTalk custom robot webhook, masked' })
  dingtalkWebhook: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The DingTalk signing secret (加签), masked',
  })
  dingtalkSecret: string | null;

  @Field(() => String, { nullable: true })
  smtpHost: string | null;

  @Field(() => Int)
  smtpPort: number;

  @Field({ description: 'Implicit TLS (port 465); otherwise STARTTLS when offered' })
  smtpSecure: boolean;

  @Field(() => String, { nullable: true })
  smtpUser: string | null;

  @Field(() => String, { nullable: true, description: 'The SMTP password, masked' })
  smtpPassword: string | null;

  @Field(() => String, { nullable: true })
  mailFrom: string | null;

  @Field(() => [String])
  mailTo: string[];

  @Field(() => Date, { nullable: true, description: 'Null until an admin saves them' })
  updatedAt: Date | null;
}

/**
 * New settings. A secret left out keeps what is stored; null or '' removes it; a value replaces
 * it. The plain fields are replaced as given.
 */
@InputType()
export class NotificationSettingsInput {
  @Field()
  @IsIn(['zh-CN', 'en'])
  language: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  wecomWebhookUrl?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  dingtalkWebhookUrl?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  dingtalkSecret?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(253)
  smtpHost: string | null;

  @Field(() => Int)
  @IsInt()
  smtpPort: number;

  @Field()
  @IsBoolean()
  smtpSecure: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(254)
  smtpUser: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  smtpPassword?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(254)
  mailFrom: string | null;

  @Field(() => [String])
  mailTo: string[];
}

/** One message of the outbox as the admin sees it: where it went and how it fared. */
@ObjectType({ simpleResolvers: true })
export class NotificationDelivery {
  @Field()
  id: string;

  @Field()
  kind: string;

  @Field()
  channel: string;

  @Field()
  title: string;

  @Field()
  createdAt: Date;

  @Field(() => Int)
  attempts: number;

  @Field(() => Date, { nullable: true })
  sentAt: Date | null;

  @Field(() => Date, { nullable: true })
  failedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the next attempt is due, while waiting' })
  nextAttemptAt: Date | null;

  @Field(() => String, { nullable: true })
  lastError: string | null;
}
