import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The two statements adding the ratings of `source` (a transition table, or feedback itself)
 * to the rollup, `sign` +1 for rows that arrived and -1 for rows that left. Cells are written in
 * key order, so two transactions touching the same cells wait for each other, never deadlock.
 */
export function addCells(source: string, sign: 1 | -1): string {
  const day = `(recorded_at AT TIME ZONE 'Asia/Shanghai')::date`;
  const level = (l: number) => `${sign} * count(*) FILTER (WHERE rating = ${l})`;
  return `INSERT INTO feedback_daily AS d (company_id, day, customer_unit_id, post_id, r1, r2, r3, r4, r5)
           SELECT company_id, ${day}, customer_unit_id, post_id, ${[1, 2, 3, 4, 5].map(level).join(', ')}
             FROM ${source} GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
           ON CONFLICT (company_id, day, customer_unit_id, post_id) DO UPDATE
              SET r1 = d.r1 + EXCLUDED.r1, r2 = d.r2 + EXCLUDED.r2, r3 = d.r3 + EXCLUDED.r3,
                  r4 = d.r4 + EXCLUDED.r4, r5 = d.r5 + EXCLUDED.r5;
           INSERT INTO feedback_daily_tag AS t (company_id, day, customer_unit_id, post_id, tag, n)
           SELECT company_id, ${day}, customer_unit_id, post_id, tag, ${sign} * count(*)
             FROM ${source} CROSS JOIN LATERAL unnest(tags) AS tag
            GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
           ON CONFLICT (company_id, day, customer_unit_id, post_id, tag) DO UPDATE SET n = t.n + EXCLUDED.n;`;
}

/**
 * The satisfaction dashboard's rollup: per company, Beijing day, unit and post, the number of
 * ratings at each level (r1 … r5), and per tag the number of ratings carrying it. Kept by
 * statement-level triggers on `feedback` in the same transaction as the change (a rating, an
 * amendment, a purge, a post's deletion setting post_id to NULL; an UPDATE that changes no
 * counted column takes away and adds back the same), so the dashboard reads a few rows per
 * unit, post and day instead of every rating. A cell may fall to zero; readers skip those.
 */
export class FeedbackRollup1796189263511 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "feedback_daily" ("company_id" uuid NOT NULL, "day" date NOT NULL, "customer_unit_id" uuid NOT NULL, "post_id" uuid, "r1" integer NOT NULL DEFAULT 0, "r2" integer NOT NULL DEFAULT 0, "r3" integer NOT NULL DEFAULT 0, "r4" integer NOT NULL DEFAULT 0, "r5" integer NOT NULL DEFAULT 0, CONSTRAINT "uq_feedback_daily" UNIQUE NULLS NOT DISTINCT ("company_id", "day", "customer_unit_id", "post_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_feedback_daily_unit" ON "feedback_daily" ("customer_unit_id", "day")`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_feedback_daily_post" ON "feedback_daily" ("post_id", "day")`,
    );
    await queryRunner.query(
      `CREATE TABLE "feedback_daily_tag" ("company_id" uuid NOT NULL, "day" date NOT NULL, "customer_unit_id" uuid NOT NULL, "post_id" uuid, "tag" "public"."feedback_tag" NOT NULL, "n" integer NOT NULL DEFAULT 0, CONSTRAINT "uq_feedback_daily_tag" UNIQUE NULLS NOT DISTINCT ("company_id", "day", "customer_unit_id", "post_id", "tag"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_feedback_daily_tag_unit" ON "feedback_daily_tag" ("customer_unit_id", "day")`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_feedback_daily_tag_post" ON "feedback_daily_tag" ("post_id", "day")`,
    );
    await queryRunner.query(
      `CREATE FUNCTION feedback_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF TG_OP = 'TRUNCATE' THEN
           DELETE FROM feedback_daily;
           DELETE FROM feedback_daily_tag;
           RETURN NULL;
         END IF;
         IF TG_OP IN ('UPDATE', 'DELETE') THEN
           ${addCells('old_rows', -1)}
         END IF;
         IF TG_OP IN ('INSERT', 'UPDATE') THEN
           ${addCells('new_rows', 1)}
         END IF;
         RETURN NULL;
       END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER feedback_rollup_insert AFTER INSERT ON feedback REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION feedback_rollup()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER feedback_rollup_update AFTER UPDATE ON feedback REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION feedback_rollup()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER feedback_rollup_delete AFTER DELETE ON feedback REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION feedback_rollup()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER feedback_rollup_truncate AFTER TRUNCATE ON feedback FOR EACH STATEMENT EXECUTE FUNCTION feedback_rollup()`,
    );
    // The ratings stored before the rollup existed.
    await queryRunner.query(addCells('feedback', 1));
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER feedback_rollup_truncate ON feedback`);
    await queryRunner.query(`DROP TRIGGER feedback_rollup_delete ON feedback`);
    await queryRunner.query(`DROP TRIGGER feedback_rollup_update ON feedback`);
    await queryRunner.query(`DROP TRIGGER feedback_rollup_insert ON feedback`);
    await queryRunner.query(`DROP FUNCTION feedback_rollup()`);
    await queryRunner.query(`DROP TABLE "feedback_daily_tag"`);
    await queryRunner.query(`DROP TABLE "feedback_daily"`);
  }
}
