import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every post hangs off a contract (条例第25条: service under a contract). Posts made before the link existed, or
 * pointing at no contract, are given the latest open contract of their company at their
 * customer unit; a post with none stops the migration with the posts to fix.
 */
export class PostContract1795775918166 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      UPDATE "post" p SET "contract_id" = (
        SELECT c."id" FROM "contract" c
         WHERE c."company_id" = p."company_id" AND c."customer_unit_id" = p."customer_unit_id"
           AND c."status" <> 'TERMINATED'
         ORDER BY c."starts_on" DESC, c."created_at" DESC LIMIT 1)
       WHERE p."contract_id" IS NULL
          OR NOT EXISTS (SELECT 1 FROM "contract" c WHERE c."id" = p."contract_id")`);
    await queryRunner.query(`
      DO $$
      DECLARE orphans text;
      BEGIN
        SELECT string_agg(p."id"::text || ' ' || p."name", ', ') INTO orphans
          FROM "post" p WHERE p."contract_id" IS NULL;
        IF orphans IS NOT NULL THEN
          RAISE EXCEPTION 'Posts without a contract at their customer unit: %. Make a contract for them (or delete them), then migrate again.', orphans;
        END IF;
      END $$`);
    await queryRunner.query(`ALTER TABLE "post" ALTER COLUMN "contract_id" SET NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE "post" ADD CONSTRAINT "fk_post_contract" FOREIGN KEY ("contract_id") REFERENCES "contract"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "post" DROP CONSTRAINT "fk_post_contract"`);
    await queryRunner.query(`ALTER TABLE "post" ALTER COLUMN "contract_id" DROP NOT NULL`);
  }
}
