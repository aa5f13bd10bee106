import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Notifications1796187075367 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."notification_channel" AS ENUM('WECOM', 'DINGTALK', 'EMAIL')`,
    );
    await queryRunner.query(
      `CREATE TABLE "notification_outbox" ("id" BIGSERIAL NOT NULL, "company_id" uuid NOT NULL, "kind" character varying(40) NOT NULL, "subject_id" uuid NOT NULL, "channel" "public"."notification_channel" NOT NULL, "title" text NOT NULL, "body" text NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "attempts" integer NOT NULL DEFAULT '0', "next_attempt_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "last_error" text, "sent_at" TIMESTAMP(3) WITH TIME ZONE, "failed_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "PK_83d47c7dba1da2d038749fe757e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_notification_outbox_company" ON "notification_outbox"  ("company_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_notification_outbox_due" ON "notification_outbox"  ("next_attempt_at", "id") WHERE sent_at IS NULL AND failed_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "notification_settings" ("company_id" uuid NOT NULL, "language" character varying(10) NOT NULL DEFAULT 'zh-CN', "wecom_webhook_url" text, "dingtalk_webhook_url" text, "dingtalk_secret" text, "smtp_host" text, "smtp_port" integer NOT NULL DEFAULT '465', "smtp_secure" boolean NOT NULL DEFAULT true, "smtp_user" text, "smtp_password" text, "mail_from" text, "mail_to" text array NOT NULL DEFAULT '{}', "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_by_id" uuid, CONSTRAINT "PK_dc4cd549acf1e13b9e49a32fc58" PRIMARY KEY ("company_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_outbox" ADD CONSTRAINT "fk_notification_outbox_company" FOREIGN KEY ("company_id") REFERENCES "company"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_settings" ADD CONSTRAINT "fk_notification_settings_company" FOREIGN KEY ("company_id") REFERENCES "company"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "notification_settings" DROP CONSTRAINT "fk_notification_settings_company"`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_outbox" DROP CONSTRAINT "fk_notification_outbox_company"`,
    );
    await queryRunner.query(`DROP TABLE "notification_settings"`);
    await queryRunner.query(`DROP INDEX "public"."idx_notification_outbox_due"`);
    await queryRunner.query(`DROP INDEX "public"."idx_notification_outbox_company"`);
    await queryRunner.query(`DROP TABLE "notification_outbox"`);
    await queryRunner.query(`DROP TYPE "public"."notification_channel"`);
  }
}
