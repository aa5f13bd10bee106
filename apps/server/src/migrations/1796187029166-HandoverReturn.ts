import type { MigrationInterface, QueryRunner } from 'typeorm';

export class HandoverReturn1796187029166 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "handover" ADD "returned_at" TIMESTAMP(3) WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "handover" ADD "returned_by_user_id" uuid`);
    await queryRunner.query(`ALTER TABLE "handover" ADD "return_reason" text`);
    await queryRunner.query(`DROP INDEX "public"."idx_handover_company_state"`);
    await queryRunner.query(`ALTER TYPE "public"."handover_state" ADD VALUE 'RETURNED'`);
    await queryRunner.query(
      `CREATE INDEX "idx_handover_company_state" ON "handover"  ("company_id", "state") `,
    );
    await queryRunner.query(
      `ALTER TABLE "handover" ADD CONSTRAINT "fk_handover_returned_by" FOREIGN KEY ("returned_by_user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // A returned handover goes back to awaiting approval: the old type has no RETURNED.
    await queryRunner.query(
      `UPDATE "handover" SET "state" = 'AWAITING_APPROVAL' WHERE "state" = 'RETURNED'`,
    );
    await queryRunner.query(`ALTER TABLE "handover" DROP CONSTRAINT "fk_handover_returned_by"`);
    await queryRunner.query(`DROP INDEX "public"."idx_handover_company_state"`);
    // The partial index and the check compare the state with literals of the type: rebuilt after it.
    await queryRunner.query(`DROP INDEX "public"."uq_handover_open_post"`);
    await queryRunner.query(`ALTER TABLE "handover" DROP CONSTRAINT "ck_handover_state_stamps"`);
    await queryRunner.query(
      `CREATE TYPE "public"."handover_state_old" AS ENUM('DRAFTED', 'INSPECTED', 'AWAITING_APPROVAL', 'APPROVED', 'SIGNED', 'RELEASED')`,
    );
    await queryRunner.query(
      `ALTER TABLE "handover" ALTER COLUMN "state" TYPE "public"."handover_state_old" USING "state"::"text"::"public"."handover_state_old"`,
    );
    await queryRunner.query(`DROP TYPE "public"."handover_state"`);
    await queryRunner.query(`ALTER TYPE "public"."handover_state_old" RENAME TO "handover_state"`);
    await queryRunner.query(
      `CREATE INDEX "idx_handover_company_state" ON "handover" USING btree ("company_id", "state") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_handover_open_post" ON "handover"  ("post_id") WHERE state <> 'RELEASED'`,
    );
    await queryRunner.query(
      `ALTER TABLE "handover" ADD CONSTRAINT "ck_handover_state_stamps" CHECK ((state NOT IN ('SIGNED', 'RELEASED') OR signed_at IS NOT NULL) AND (state <> 'RELEASED' OR released_at IS NOT NULL))`,
    );
    await queryRunner.query(`ALTER TABLE "handover" DROP COLUMN "return_reason"`);
    await queryRunner.query(`ALTER TABLE "handover" DROP COLUMN "returned_by_user_id"`);
    await queryRunner.query(`ALTER TABLE "handover" DROP COLUMN "returned_at"`);
  }
}
