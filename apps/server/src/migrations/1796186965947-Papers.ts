import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Papers1796186965947 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."document_kind" AS ENUM('SECURITY_LICENSE_SCAN', 'BUSINESS_LICENSE_SCAN', 'SIGNED_CONTRACT', 'HANDOVER_PHOTO', 'INQUIRY_PHOTO')`,
    );
    await queryRunner.query(`CREATE TABLE "document" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "company_id" uuid NOT NULL, "kind" "public"."document_kind" NOT NULL, "contract_id" uuid, "handover_id" uuid, "inquiry_id" uuid, "file_name" character varying(120) NOT NULL, "content_type" character varying(40) NOT NULL, "size" integer NOT NULL, "sha256" character(64) NOT NULL, "content" bytea NOT NULL, "uploaded_by_id" uuid NOT NULL, "uploaded_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_document_type" CHECK (content_type IN ('application/pdf', 'image/jpeg', 'image/png')), CONSTRAINT "ck_document_size" CHECK (size > 0 AND size <= 10485760 AND size = octet_length(content)), CONSTRAINT "ck_document_owner" CHECK ((kind IN ('SECURITY_LICENSE_SCAN', 'BUSINESS_LICENSE_SCAN')) = (contract_id IS NULL AND handover_id IS NULL AND inquiry_id IS NULL)
   AND (kind = 'SIGNED_CONTRACT') = (contract_id IS NOT NULL)
   AND (kind = 'HANDOVER_PHOTO') = (handover_id IS NOT NULL)
   AND (kind = 'INQUIRY_PHOTO') = (inquiry_id IS NOT NULL)), CONSTRAINT "PK_e57d3357f83f3cdc0acffc3d777" PRIMARY KEY ("id"))`);
    await queryRunner.query(
      `CREATE INDEX "idx_document_inquiry" ON "document"  ("inquiry_id") WHERE inquiry_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_document_handover" ON "document"  ("handover_id") WHERE handover_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_document_contract" ON "document"  ("contract_id") WHERE contract_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_document_company_kind" ON "document"  ("company_id", "kind", "uploaded_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "filing_submission_document" ("submission_id" uuid NOT NULL, "document_id" uuid NOT NULL, CONSTRAINT "PK_3475f15bcb78be2f028d8aeb07a" PRIMARY KEY ("submission_id", "document_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "filing_receipt" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "filing_id" uuid NOT NULL, "company_id" uuid NOT NULL, "token" character varying(64) NOT NULL, "issued_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "issued_by_id" uuid NOT NULL, "revoked_at" TIMESTAMP(3) WITH TIME ZONE, "revoked_by_id" uuid, CONSTRAINT "PK_83cf170bfb17b3bd252c06a5585" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_filing_receipt_active" ON "filing_receipt"  ("filing_id") WHERE revoked_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_filing_receipt_token" ON "filing_receipt"  ("token") `,
    );
    await queryRunner.query(
      `ALTER TABLE "document" ADD CONSTRAINT "fk_document_company" FOREIGN KEY ("company_id") REFERENCES "company"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "document" ADD CONSTRAINT "fk_document_contract" FOREIGN KEY ("contract_id") REFERENCES "contract"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "document" ADD CONSTRAINT "fk_document_handover" FOREIGN KEY ("handover_id") REFERENCES "handover"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "document" ADD CONSTRAINT "fk_document_inquiry" FOREIGN KEY ("inquiry_id") REFERENCES "inquiry"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "document" ADD CONSTRAINT "fk_document_uploaded_by" FOREIGN KEY ("uploaded_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "filing_submission_document" ADD CONSTRAINT "fk_filing_submission_document_submission" FOREIGN KEY ("submission_id") REFERENCES "filing_submission"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "filing_submission_document" ADD CONSTRAINT "fk_filing_submission_document_document" FOREIGN KEY ("document_id") REFERENCES "document"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "filing_receipt" ADD CONSTRAINT "fk_filing_receipt_filing" FOREIGN KEY ("filing_id") REFERENCES "filing"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "filing_receipt" ADD CONSTRAINT "fk_filing_receipt_company" FOREIGN KEY ("company_id") REFERENCES "company"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "filing_receipt" ADD CONSTRAINT "fk_filing_receipt_issued_by" FOREIGN KEY ("issued_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "filing_receipt" ADD CONSTRAINT "fk_filing_receipt_revoked_by" FOREIGN KEY ("revoked_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // A stored document is evidence: it is never changed (a new scan is a new document).
    await queryRunner.query(`
      CREATE FUNCTION document_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'document % cannot be changed: upload a new one', OLD.id
          USING ERRCODE = 'check_violation';
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER trg_document_immutable BEFORE UPDATE ON "document" FOR EACH ROW EXECUTE FUNCTION document_immutable()`,
    );
    // The documents a submission was filed with stay as filed; they go only with the submission.
    await queryRunner.query(`
      CREATE FUNCTION filing_submission_document_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' OR EXISTS (SELECT 1 FROM filing_submission WHERE id = OLD.submission_id) THEN
          RAISE EXCEPTION 'the documents of filing submission % are frozen', OLD.submission_id
            USING ERRCODE = 'check_violation';
        END IF;
        RETURN OLD;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER trg_filing_submission_document_frozen BEFORE UPDATE OR DELETE ON "filing_submission_document" FOR EACH ROW EXECUTE FUNCTION filing_submission_document_frozen()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DROP TRIGGER trg_filing_submission_document_frozen ON "filing_submission_document"`,
    );
    await queryRunner.query(`DROP FUNCTION filing_submission_document_frozen()`);
    await queryRunner.query(`DROP TRIGGER trg_document_immutable ON "document"`);
    await queryRunner.query(`DROP FUNCTION document_immutable()`);
    await queryRunner.query(
      `ALTER TABLE "filing_receipt" DROP CONSTRAINT "fk_filing_receipt_revoked_by"`,
    );
    await queryRunner.query(
      `ALTER TABLE "filing_receipt" DROP CONSTRAINT "fk_filing_receipt_issued_by"`,
    );
    await queryRunner.query(
      `ALTER TABLE "filing_receipt" DROP CONSTRAINT "fk_filing_receipt_company"`,
    );
    await queryRunner.query(
      `ALTER TABLE "filing_receipt" DROP CONSTRAINT "fk_filing_receipt_filing"`,
    );
    await queryRunner.query(
      `ALTER TABLE "filing_submission_document" DROP CONSTRAINT "fk_filing_submission_document_document"`,
    );
    await queryRunner.query(
      `ALTER TABLE "filing_submission_document" DROP CONSTRAINT "fk_filing_submission_document_submission"`,
    );
    await queryRunner.query(`ALTER TABLE "document" DROP CONSTRAINT "fk_document_uploaded_by"`);
    await queryRunner.query(`ALTER TABLE "document" DROP CONSTRAINT "fk_document_inquiry"`);
    await queryRunner.query(`ALTER TABLE "document" DROP CONSTRAINT "fk_document_handover"`);
    await queryRunner.query(`ALTER TABLE "document" DROP CONSTRAINT "fk_document_contract"`);
    await queryRunner.query(`ALTER TABLE "document" DROP CONSTRAINT "fk_document_company"`);
    await queryRunner.query(`DROP INDEX "public"."uq_filing_receipt_token"`);
    await queryRunner.query(`DROP INDEX "public"."uq_filing_receipt_active"`);
    await queryRunner.query(`DROP TABLE "filing_receipt"`);
    await queryRunner.query(`DROP TABLE "filing_submission_document"`);
    await queryRunner.query(`DROP INDEX "public"."idx_document_company_kind"`);
    await queryRunner.query(`DROP INDEX "public"."idx_document_contract"`);
    await queryRunner.query(`DROP INDEX "public"."idx_document_handover"`);
    await queryRunner.query(`DROP INDEX "public"."idx_document_inquiry"`);
    await queryRunner.query(`DROP TABLE "document"`);
    await queryRunner.query(`DROP TYPE "public"."document_kind"`);
  }
}
