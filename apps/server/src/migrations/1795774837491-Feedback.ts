import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Feedback1795774837491 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."feedback_tag" AS ENUM('COURTESY', 'RESPONSIVENESS', 'APPEARANCE', 'PATROL', 'SAFETY')`,
    );
    await queryRunner.query(
      `CREATE TABLE "feedback" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "company_id" uuid NOT NULL, "customer_unit_id" uuid NOT NULL, "post_id" uuid, "device_id" uuid NOT NULL, "idempotency_key" uuid NOT NULL, "rating" smallint NOT NULL, "tags" "public"."feedback_tag" array NOT NULL DEFAULT '{}', "comment" text, "recorded_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "received_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_feedback_device_key" UNIQUE ("device_id", "idempotency_key"), CONSTRAINT "ck_feedback_comment_length" CHECK (char_length(comment) BETWEEN 1 AND 200), CONSTRAINT "ck_feedback_rating" CHECK (rating BETWEEN 1 AND 5), CONSTRAINT "PK_8389f9e087a57689cd5be8b2b13" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_feedback_company_comments" ON "feedback"  ("company_id", "recorded_at", "id") WHERE comment IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_feedback_device_recorded" ON "feedback"  ("device_id", "recorded_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_feedback_post_recorded" ON "feedback"  ("post_id", "recorded_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_feedback_unit_recorded" ON "feedback"  ("customer_unit_id", "recorded_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_feedback_company_recorded" ON "feedback"  ("company_id", "recorded_at") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."feedback_alert_kind" AS ENUM('ONE_STAR', 'LOW_SHARE')`,
    );
    await queryRunner.query(
      `CREATE TABLE "feedback_alert" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "company_id" uuid NOT NULL, "feedback_id" uuid NOT NULL, "customer_unit_id" uuid NOT NULL, "post_id" uuid, "supervisor_id" uuid, "kind" "public"."feedback_alert_kind" NOT NULL, "rating" smallint NOT NULL, "count" integer, "low_count" integer, "window_start" TIMESTAMP(3) WITH TIME ZONE, "window_end" TIMESTAMP(3) WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "acknowledged_at" TIMESTAMP(3) WITH TIME ZONE, "acknowledged_by_id" uuid, "acknowledge_comment" text, CONSTRAINT "uq_feedback_alert_feedback_kind" UNIQUE ("feedback_id", "kind"), CONSTRAINT "PK_6962ba7813115a337f843a31f05" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_feedback_alert_company_created" ON "feedback_alert"  ("company_id", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "feedback_settings" ("company_id" uuid NOT NULL, "one_star_alert" boolean NOT NULL, "window_minutes" integer NOT NULL, "min_ratings" integer NOT NULL, "low_share" double precision NOT NULL, "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_by_id" uuid, CONSTRAINT "ck_feedback_settings_low_share" CHECK (low_share > 0 AND low_share <= 1), CONSTRAINT "ck_feedback_settings_min_ratings" CHECK (min_ratings BETWEEN 1 AND 1000), CONSTRAINT "ck_feedback_settings_window" CHECK (window_minutes BETWEEN 1 AND 1440), CONSTRAINT "PK_48ab8a7a9d559553b4a13038933" PRIMARY KEY ("company_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "feedback" ADD CONSTRAINT "fk_feedback_company" FOREIGN KEY ("company_id") REFERENCES "company"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "feedback" ADD CONSTRAINT "fk_feedback_customer_unit" FOREIGN KEY ("customer_unit_id") REFERENCES "customer_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "feedback" ADD CONSTRAINT "fk_feedback_post" FOREIGN KEY ("post_id") REFERENCES "post"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "feedback" ADD CONSTRAINT "fk_feedback_device" FOREIGN KEY ("device_id") REFERENCES "kiosk_device"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "feedback_alert" ADD CONSTRAINT "fk_feedback_alert_company" FOREIGN KEY ("company_id") REFERENCES "company"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "feedback_alert" ADD CONSTRAINT "fk_feedback_alert_feedback" FOREIGN KEY ("feedback_id") REFERENCES "feedback"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "feedback_alert" ADD CONSTRAINT "fk_feedback_alert_customer_unit" FOREIGN KEY ("customer_unit_id") REFERENCES "customer_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "feedback_alert" ADD CONSTRAINT "fk_feedback_alert_post" FOREIGN KEY ("post_id") REFERENCES "post"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "feedback_alert" ADD CONSTRAINT "fk_feedback_alert_supervisor" FOREIGN KEY ("supervisor_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "feedback_alert" ADD CONSTRAINT "fk_feedback_alert_acknowledged_by" FOREIGN KEY ("acknowledged_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "feedback_settings" ADD CONSTRAINT "fk_feedback_settings_company" FOREIGN KEY ("company_id") REFERENCES "company"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "feedback_settings" DROP CONSTRAINT "fk_feedback_settings_company"`,
    );
    await queryRunner.query(
      `ALTER TABLE "feedback_alert" DROP CONSTRAINT "fk_feedback_alert_acknowledged_by"`,
    );
    await queryRunner.query(
      `ALTER TABLE "feedback_alert" DROP CONSTRAINT "fk_feedback_alert_supervisor"`,
    );
    await queryRunner.query(
      `ALTER TABLE "feedback_alert" DROP CONSTRAINT "fk_feedback_alert_post"`,
    );
    await queryRunner.query(
      `ALTER TABLE "feedback_alert" DROP CONSTRAINT "fk_feedback_alert_customer_unit"`,
    );
    await queryRunner.query(
      `ALTER TABLE "feedback_alert" DROP CONSTRAINT "fk_feedback_alert_feedback"`,
    );
    await queryRunner.query(
      `ALTER TABLE "feedback_alert" DROP CONSTRAINT "fk_feedback_alert_company"`,
    );
    await queryRunner.query(`ALTER TABLE "feedback" DROP CONSTRAINT "fk_feedback_device"`);
    await queryRunner.query(`ALTER TABLE "feedback" DROP CONSTRAINT "fk_feedback_post"`);
    await queryRunner.query(`ALTER TABLE "feedback" DROP CONSTRAINT "fk_feedback_customer_unit"`);
    await queryRunner.query(`ALTER TABLE "feedback" DROP CONSTRAINT "fk_feedback_company"`);
    await queryRunner.query(`DROP TABLE "feedback_settings"`);
    await queryRunner.query(`DROP INDEX "public"."idx_feedback_alert_company_created"`);
    await queryRunner.query(`DROP TABLE "feedback_alert"`);
    await queryRunner.query(`DROP TYPE "public"."feedback_alert_kind"`);
    await queryRunner.query(`DROP INDEX "public"."idx_feedback_company_recorded"`);
    await queryRunner.query(`DROP INDEX "public"."idx_feedback_unit_recorded"`);
    await queryRunner.query(`DROP INDEX "public"."idx_feedback_post_recorded"`);
    await queryRunner.query(`DROP INDEX "public"."idx_feedback_device_recorded"`);
    await queryRunner.query(`DROP INDEX "public"."idx_feedback_company_comments"`);
    await queryRunner.query(`DROP TABLE "feedback"`);
    await queryRunner.query(`DROP TYPE "public"."feedback_tag"`);
  }
}
