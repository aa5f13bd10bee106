import type { MigrationInterface, QueryRunner } from 'typeorm';

export class FeedbackAmend1796189918473 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TYPE "public"."feedback_tag" ADD VALUE 'IMPOLITE'`);
    await queryRunner.query(`ALTER TYPE "public"."feedback_tag" ADD VALUE 'SLOW_RESPONSE'`);
    await queryRunner.query(`ALTER TYPE "public"."feedback_tag" ADD VALUE 'UNTIDY'`);
    await queryRunner.query(`ALTER TYPE "public"."feedback_tag" ADD VALUE 'PATROL_LAX'`);
    await queryRunner.query(`ALTER TYPE "public"."feedback_tag" ADD VALUE 'UNSAFE'`);
    await queryRunner.query(`CREATE INDEX "idx_feedback_key" ON "feedback"  ("idempotency_key") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const OLD = `'COURTESY', 'RESPONSIVENESS', 'APPEARANCE', 'PATROL', 'SAFETY'`;
    await queryRunner.query(`DROP INDEX "public"."idx_feedback_key"`);
    // The old type has no problem tags: they leave the ratings (and any per-tag rollup) first.
    await queryRunner.query(
      `UPDATE "feedback" SET "tags" = ARRAY(SELECT t FROM unnest("tags") t WHERE t::text IN (${OLD}))::"public"."feedback_tag"[]
        WHERE NOT ("tags"::text[] <@ ARRAY[${OLD}])`,
    );
    await queryRunner.query(`CREATE TYPE "public"."feedback_tag_old" AS ENUM(${OLD})`);
    await queryRunner.query(`ALTER TABLE "feedback" ALTER COLUMN "tags" DROP DEFAULT`);
    await queryRunner.query(
      `ALTER TABLE "feedback" ALTER COLUMN "tags" TYPE "public"."feedback_tag_old"[] USING "tags"::"text"::"public"."feedback_tag_old"[]`,
    );
    await queryRunner.query(`ALTER TABLE "feedback" ALTER COLUMN "tags" SET DEFAULT '{}'`);
    const [rollup]: { t: string | null }[] = await queryRunner.query(
      `SELECT to_regclass('feedback_daily_tag')::text AS t`,
    );
    if (rollup?.t) {
      await queryRunner.query(`DELETE FROM "feedback_daily_tag" WHERE "tag"::text NOT IN (${OLD})`);
      await queryRunner.query(
        `ALTER TABLE "feedback_daily_tag" ALTER COLUMN "tag" TYPE "public"."feedback_tag_old" USING "tag"::"text"::"public"."feedback_tag_old"`,
      );
    }
    await queryRunner.query(`DROP TYPE "public"."feedback_tag"`);
    await queryRunner.query(`ALTER TYPE "public"."feedback_tag_old" RENAME TO "feedback_tag"`);
  }
}
