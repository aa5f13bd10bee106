import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Cross-region filings (条例第23条, 办法第26条): a filing per contract, its submissions with the
 * frozen dossier and the officer's review; a company's licence expiry; receipt of reports.
 */
export class Filings1795776099527 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."filing_status" AS ENUM('DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'ACCEPTED', 'RETURNED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "filing" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "company_id" uuid NOT NULL, "contract_id" uuid NOT NULL, "service_division_code" character(6) NOT NULL, "addressee_division_code" character(6) NOT NULL, "police_organ_id" uuid, "status" "public"."filing_status" NOT NULL DEFAULT 'DRAFT', "revision" integer NOT NULL DEFAULT '0', "submitted_at" TIMESTAMP(3) WITH TIME ZONE, "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_filing_sent" CHECK (status = 'DRAFT' OR (submitted_at IS NOT NULL AND police_organ_id IS NOT NULL AND revision > 0)), CONSTRAINT "PK_f69b82a024430752e7dfd006592" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_filing_company_submitted" ON "filing"  ("company_id", "submitted_at", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_filing_organ_submitted" ON "filing"  ("police_organ_id", "submitted_at", "id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_filing_contract" ON "filing"  ("contract_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "filing_submission" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "filing_id" uuid NOT NULL, "company_id" uuid NOT NULL, "police_organ_id" uuid NOT NULL, "number" integer NOT NULL, "customer_unit_name" character varying NOT NULL, "service_address" character varying NOT NULL, "service_division_code" character(6) NOT NULL, "items" jsonb NOT NULL, "reviews" jsonb NOT NULL DEFAULT '[]', "submitted_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "submitted_by_id" uuid NOT NULL, "claimed_at" TIMESTAMP(3) WITH TIME ZONE, "claimed_by_id" uuid, "decision" "public"."filing_status", "decided_at" TIMESTAMP(3) WITH TIME ZONE, "decided_by_id" uuid, CONSTRAINT "ck_filing_submission_decided" CHECK ((decision IS NULL) = (decided_at IS NULL) AND (decision IS NULL) = (decided_by_id IS NULL)), CONSTRAINT "ck_filing_submission_decision" CHECK (decision IS NULL OR decision IN ('ACCEPTED', 'RETURNED')), CONSTRAINT "PK_5185c35f5d009278e9dacf9b064" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_filing_submission_number" ON "filing_submission"  ("filing_id", "number") `,
    );
    await queryRunner.query(`ALTER TABLE "company" ADD "license_expires_on" date`);
    await queryRunner.query(
      `ALTER TABLE "illegal_request_report" ADD "acknowledged_at" TIMESTAMP(3) WITH TIME ZONE`,
    );
    await queryRunner.query(`ALTER TABLE "illegal_request_report" ADD "acknowledged_by_id" uuid`);
    await queryRunner.query(`ALTER TABLE "illegal_request_report" ADD "acknowledgement_note" text`);
    await queryRunner.query(
      `ALTER TABLE "illegal_request_report" ADD CONSTRAINT "ck_illegal_request_report_acknowledged" CHECK ((acknowledged_at IS NULL) = (acknowledged_by_id IS NULL))`,
    );
    await queryRunner.query(
      `ALTER TABLE "filing" ADD CONSTRAINT "fk_filing_company" FOREIGN KEY ("company_id") REFERENCES "company"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "filing" ADD CONSTRAINT "fk_filing_contract" FOREIGN KEY ("contract_id") REFERENCES "contract"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "filing" ADD CONSTRAINT "fk_filing_police_organ" FOREIGN KEY ("police_organ_id") REFERENCES "police_organ"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "filing" ADD CONSTRAINT "fk_filing_created_by" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "filing_submission" ADD CONSTRAINT "fk_filing_submission_filing" FOREIGN KEY ("filing_id") REFERENCES "filing"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "filing_submission" ADD CONSTRAINT "fk_filing_submission_company" FOREIGN KEY ("company_id") REFERENCES "company"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "filing_submission" ADD CONSTRAINT "fk_filing_submission_police_organ" FOREIGN KEY ("police_organ_id") REFERENCES "police_organ"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "filing_submission" ADD CONSTRAINT "fk_filing_submission_submitted_by" FOREIGN KEY ("submitted_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "filing_submission" ADD CONSTRAINT "fk_filing_submission_claimed_by" FOREIGN KEY ("claimed_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "filing_submission" ADD CONSTRAINT "fk_filing_submission_decided_by" FOREIGN KEY ("decided_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "illegal_request_report" ADD CONSTRAINT "fk_illegal_request_report_acknowledged_by" FOREIGN KEY ("acknowledged_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // What was filed stays as it was filed: only the review of a submission may change.
    await queryRunner.query(`
      CREATE FUNCTION filing_submission_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.items IS DISTINCT FROM OLD.items
          OR NEW.filing_id <> OLD.filing_id OR NEW.number <> OLD.number
          OR NEW.company_id <> OLD.company_id OR NEW.police_organ_id <> OLD.police_organ_id
          OR NEW.customer_unit_name <> OLD.customer_unit_name
          OR NEW.service_address <> OLD.service_address
          OR NEW.service_division_code <> OLD.service_division_code
          OR NEW.submitted_at <> OLD.submitted_at OR NEW.submitted_by_id <> OLD.submitted_by_id THEN
          RAISE EXCEPTION 'filing submission % is frozen: what was filed cannot be changed', OLD.id
            USING ERRCODE = 'check_violation';
        END IF;
        IF OLD.decision IS NOT NULL THEN
          RAISE EXCEPTION 'filing submission % has been decided: its review is closed', OLD.id
            USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER trg_filing_submission_frozen BEFORE UPDATE ON "filing_submission" FOR EACH ROW EXECUTE FUNCTION filing_submission_frozen()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER trg_filing_submission_frozen ON "filing_submission"`);
    await queryRunner.query(`DROP FUNCTION filing_submission_frozen()`);
    await queryRunner.query(
      `ALTER TABLE "illegal_request_report" DROP CONSTRAINT "fk_illegal_request_report_acknowledged_by"`,
    );
    await queryRunner.query(
      `ALTER TABLE "filing_submission" DROP CONSTRAINT "fk_filing_submission_decided_by"`,
    );
    await queryRunner.query(
      `ALTER TABLE "filing_submission" DROP CONSTRAINT "fk_filing_submission_claimed_by"`,
    );
    await queryRunner.query(
      `ALTER TABLE "filing_submission" DROP CONSTRAINT "fk_filing_submission_submitted_by"`,
    );
    await queryRunner.query(
      `ALTER TABLE "filing_submission" DROP CONSTRAINT "fk_filing_submission_police_organ"`,
    );
    await queryRunner.query(
      `ALTER TABLE "filing_submission" DROP CONSTRAINT "fk_filing_submission_company"`,
    );
    await queryRunner.query(
      `ALTER TABLE "filing_submission" DROP CONSTRAINT "fk_filing_submission_filing"`,
    );
    await queryRunner.query(`ALTER TABLE "filing" DROP CONSTRAINT "fk_filing_created_by"`);
    await queryRunner.query(`ALTER TABLE "filing" DROP CONSTRAINT "fk_filing_police_organ"`);
    await queryRunner.query(`ALTER TABLE "filing" DROP CONSTRAINT "fk_filing_contract"`);
    await queryRunner.query(`ALTER TABLE "filing" DROP CONSTRAINT "fk_filing_company"`);
    await queryRunner.query(
      `ALTER TABLE "illegal_request_report" DROP CONSTRAINT "ck_illegal_request_report_acknowledged"`,
    );
    await queryRunner.query(
      `ALTER TABLE "illegal_request_report" DROP COLUMN "acknowledgement_note"`,
    );
    await queryRunner.query(
      `ALTER TABLE "illegal_request_report" DROP COLUMN "acknowledged_by_id"`,
    );
    await queryRunner.query(`ALTER TABLE "illegal_request_report" DROP COLUMN "acknowledged_at"`);
    await queryRunner.query(`ALTER TABLE "company" DROP COLUMN "license_expires_on"`);
    await queryRunner.query(`DROP INDEX "public"."uq_filing_submission_number"`);
    await queryRunner.query(`DROP TABLE "filing_submission"`);
    await queryRunner.query(`DROP INDEX "public"."uq_filing_contract"`);
    await queryRunner.query(`DROP INDEX "public"."idx_filing_organ_submitted"`);
    await queryRunner.query(`DROP INDEX "public"."idx_filing_company_submitted"`);
    await queryRunner.query(`DROP TABLE "filing"`);
    await queryRunner.query(`DROP TYPE "public"."filing_status"`);
  }
}
