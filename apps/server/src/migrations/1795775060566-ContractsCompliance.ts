import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ContractsCompliance1795775060566 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."service_kind" AS ENUM('GATE_DUTY', 'PATROL', 'GUARDING', 'CASH_ESCORT', 'PERSONAL_PROTECTION', 'EVENT_SECURITY', 'SECURITY_INSPECTION', 'TECHNICAL_MONITORING', 'RISK_ASSESSMENT', 'DETAINING_PERSONS', 'BODY_SEARCH', 'SEIZING_DOCUMENTS', 'DEBT_COLLECTION', 'DISPUTE_ENFORCEMENT', 'PRIVATE_INVESTIGATION')`,
    );
    await queryRunner.query(`CREATE TYPE "public"."legality_result" AS ENUM('CLEAR', 'FLAGGED')`);
    await queryRunner.query(
      `CREATE TYPE "public"."service_request_status" AS ENUM('PENDING_REVIEW', 'ACCEPTED', 'REFUSED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "service_request" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "company_id" uuid NOT NULL, "customer_unit_id" uuid NOT NULL, "services" "public"."service_kind" array NOT NULL, "service_address" character varying NOT NULL, "service_division_code" character(6) NOT NULL, "starts_on" date NOT NULL, "ends_on" date NOT NULL, "headcount" integer NOT NULL, "description" text NOT NULL, "screen_result" "public"."legality_result" NOT NULL, "screen_matches" jsonb NOT NULL DEFAULT '[]', "status" "public"."service_request_status" NOT NULL DEFAULT 'PENDING_REVIEW', "submitted_by_id" uuid NOT NULL, "review_answers" jsonb NOT NULL DEFAULT '[]', "review_note" text, "refused_as_illegal" boolean NOT NULL DEFAULT false, "reviewed_by_id" uuid, "reviewed_at" TIMESTAMP(3) WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_service_request_decided" CHECK ((status = 'PENDING_REVIEW') = (reviewed_at IS NULL) AND (NOT refused_as_illegal OR status = 'REFUSED')), CONSTRAINT "ck_service_request_headcount" CHECK (headcount > 0), CONSTRAINT "ck_service_request_period" CHECK (ends_on >= starts_on), CONSTRAINT "PK_08446fa58294cb2dd0b6ff9e5a7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_service_request_company_created" ON "service_request"  ("company_id", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."contract_status" AS ENUM('DRAFT', 'ACTIVE', 'TERMINATED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "contract" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "company_id" uuid NOT NULL, "service_request_id" uuid NOT NULL, "customer_unit_id" uuid NOT NULL, "project" character varying NOT NULL, "content" text NOT NULL, "customer_rights_obligations" text NOT NULL, "company_rights_obligations" text NOT NULL, "fee" numeric(14,2) NOT NULL, "starts_on" date NOT NULL, "ends_on" date NOT NULL, "project_leader_name" character varying NOT NULL, "project_leader_phone" character varying NOT NULL, "service_address" character varying NOT NULL, "service_division_code" character(6) NOT NULL, "cross_region" boolean NOT NULL, "status" "public"."contract_status" NOT NULL DEFAULT 'DRAFT', "activated_at" TIMESTAMP(3) WITH TIME ZONE, "terminated_on" date, "termination_reason" text, "terminated_at" TIMESTAMP(3) WITH TIME ZONE, "retain_until" date, "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_contract_retention" CHECK (retain_until IS NULL OR retain_until >= (terminated_on + interval '2 years')::date), CONSTRAINT "ck_contract_terminated" CHECK ((status = 'TERMINATED') = (terminated_on IS NOT NULL AND termination_reason IS NOT NULL AND retain_until IS NOT NULL)), CONSTRAINT "ck_contract_activated" CHECK (status = 'DRAFT' OR activated_at IS NOT NULL), CONSTRAINT "ck_contract_fee" CHECK (fee >= 0), CONSTRAINT "ck_contract_term" CHECK (ends_on >= starts_on), CONSTRAINT "PK_17c3a89f58a2997276084e706e8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_contract_customer_unit" ON "contract"  ("customer_unit_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_contract_service_request" ON "contract"  ("service_request_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_contract_company_created" ON "contract"  ("company_id", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "illegal_request_report" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "company_id" uuid NOT NULL, "service_request_id" uuid NOT NULL, "police_organ_id" uuid, "service_division_code" character(6) NOT NULL, "service_address" character varying NOT NULL, "customer_unit_name" character varying NOT NULL, "customer_unit_credit_code" character(18) NOT NULL, "services" "public"."service_kind" array NOT NULL, "description" text NOT NULL, "screen_result" "public"."legality_result" NOT NULL, "screen_matches" jsonb NOT NULL DEFAULT '[]', "reason" text NOT NULL, "reported_by_id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_be3ad6f44787ed5d043ee0d25ee" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_illegal_request_report_request" ON "illegal_request_report"  ("service_request_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_illegal_request_report_organ_created" ON "illegal_request_report"  ("police_organ_id", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_illegal_request_report_company_created" ON "illegal_request_report"  ("company_id", "created_at", "id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "service_request" ADD CONSTRAINT "fk_service_request_company" FOREIGN KEY ("company_id") REFERENCES "company"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "service_request" ADD CONSTRAINT "fk_service_request_customer_unit" FOREIGN KEY ("customer_unit_id") REFERENCES "customer_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "service_request" ADD CONSTRAINT "fk_service_request_submitted_by" FOREIGN KEY ("submitted_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "service_request" ADD CONSTRAINT "fk_service_request_reviewed_by" FOREIGN KEY ("reviewed_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "contract" ADD CONSTRAINT "fk_contract_company" FOREIGN KEY ("company_id") REFERENCES "company"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "contract" ADD CONSTRAINT "fk_contract_service_request" FOREIGN KEY ("service_request_id") REFERENCES "service_request"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "contract" ADD CONSTRAINT "fk_contract_customer_unit" FOREIGN KEY ("customer_unit_id") REFERENCES "customer_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "contract" ADD CONSTRAINT "fk_contract_created_by" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "illegal_request_report" ADD CONSTRAINT "fk_illegal_request_report_company" FOREIGN KEY ("company_id") REFERENCES "company"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "illegal_request_report" ADD CONSTRAINT "fk_illegal_request_report_service_request" FOREIGN KEY ("service_request_id") REFERENCES "service_request"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "illegal_request_report" ADD CONSTRAINT "fk_illegal_request_report_police_organ" FOREIGN KEY ("police_organ_id") REFERENCES "police_organ"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "illegal_request_report" ADD CONSTRAINT "fk_illegal_request_report_reported_by" FOREIGN KEY ("reported_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );

    // A retained contract cannot be deleted, whoever connects: only once retain_until (China's
    // calendar) is past, as the domain's isPurgeable says; TRUNCATE never.
    await queryRunner.query(`CREATE FUNCTION contract_refuse_retained_delete() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.retain_until IS NULL OR OLD.retain_until >= (now() AT TIME ZONE 'Asia/Shanghai')::date THEN
          RAISE EXCEPTION 'contract % is retained: a contract can be deleted only after its two years of retention (retain_until %)',
            OLD.id, coalesce(OLD.retain_until::text, 'not set: not terminated')
            USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN OLD;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER contract_retention_delete BEFORE DELETE ON "contract" FOR EACH ROW EXECUTE FUNCTION contract_refuse_retained_delete()`,
    );
    await queryRunner.query(`CREATE FUNCTION contract_refuse_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'contract rows are kept for two years after termination: TRUNCATE refused' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER contract_retention_truncate BEFORE TRUNCATE ON "contract" FOR EACH STATEMENT EXECUTE FUNCTION contract_refuse_truncate()`,
    );
    // A contract is made only from an accepted request of the same company (a refused one never).
    await queryRunner.query(`CREATE FUNCTION contract_require_accepted_request() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE request_status service_request_status; request_company uuid;
      BEGIN
        SELECT status, company_id INTO request_status, request_company FROM service_request WHERE id = NEW.service_request_id;
        IF request_status IS DISTINCT FROM 'ACCEPTED' OR request_company IS DISTINCT FROM NEW.company_id THEN
          RAISE EXCEPTION 'a contract needs an accepted request of its own company (request % is %)', NEW.service_request_id, coalesce(request_status::text, 'missing')
            USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER contract_accepted_request BEFORE INSERT OR UPDATE OF service_request_id, company_id ON "contract" FOR EACH ROW EXECUTE FUNCTION contract_require_accepted_request()`,
    );
    // A request is decided once: ACCEPTED and REFUSED are final.
    await queryRunner.query(`CREATE FUNCTION service_request_decision_final() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.status <> 'PENDING_REVIEW' AND NEW.status IS DISTINCT FROM OLD.status THEN
          RAISE EXCEPTION 'service request % was % and stays so', OLD.id, OLD.status USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER service_request_decided_once BEFORE UPDATE OF status ON "service_request" FOR EACH ROW EXECUTE FUNCTION service_request_decision_final()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER service_request_decided_once ON "service_request"`);
    await queryRunner.query(`DROP FUNCTION service_request_decision_final()`);
    await queryRunner.query(`DROP TRIGGER contract_accepted_request ON "contract"`);
    await queryRunner.query(`DROP FUNCTION contract_require_accepted_request()`);
    await queryRunner.query(`DROP TRIGGER contract_retention_truncate ON "contract"`);
    await queryRunner.query(`DROP FUNCTION contract_refuse_truncate()`);
    await queryRunner.query(`DROP TRIGGER contract_retention_delete ON "contract"`);
    await queryRunner.query(`DROP FUNCTION contract_refuse_retained_delete()`);
    await queryRunner.query(
      `ALTER TABLE "illegal_request_report" DROP CONSTRAINT "fk_illegal_request_report_reported_by"`,
    );
    await queryRunner.query(
      `ALTER TABLE "illegal_request_report" DROP CONSTRAINT "fk_illegal_request_report_police_organ"`,
    );
    await queryRunner.query(
      `ALTER TABLE "illegal_request_report" DROP CONSTRAINT "fk_illegal_request_report_service_request"`,
    );
    await queryRunner.query(
      `ALTER TABLE "illegal_request_report" DROP CONSTRAINT "fk_illegal_request_report_company"`,
    );
    await queryRunner.query(`ALTER TABLE "contract" DROP CONSTRAINT "fk_contract_created_by"`);
    await queryRunner.query(`ALTER TABLE "contract" DROP CONSTRAINT "fk_contract_customer_unit"`);
    await queryRunner.query(`ALTER TABLE "contract" DROP CONSTRAINT "fk_contract_service_request"`);
    await queryRunner.query(`ALTER TABLE "contract" DROP CONSTRAINT "fk_contract_company"`);
    await queryRunner.query(
      `ALTER TABLE "service_request" DROP CONSTRAINT "fk_service_request_reviewed_by"`,
    );
    await queryRunner.query(
      `ALTER TABLE "service_request" DROP CONSTRAINT "fk_service_request_submitted_by"`,
    );
    await queryRunner.query(
      `ALTER TABLE "service_request" DROP CONSTRAINT "fk_service_request_customer_unit"`,
    );
    await queryRunner.query(
      `ALTER TABLE "service_request" DROP CONSTRAINT "fk_service_request_company"`,
    );
    await queryRunner.query(`DROP INDEX "public"."idx_illegal_request_report_company_created"`);
    await queryRunner.query(`DROP INDEX "public"."idx_illegal_request_report_organ_created"`);
    await queryRunner.query(`DROP INDEX "public"."uq_illegal_request_report_request"`);
    await queryRunner.query(`DROP TABLE "illegal_request_report"`);
    await queryRunner.query(`DROP INDEX "public"."idx_contract_company_created"`);
    await queryRunner.query(`DROP INDEX "public"."uq_contract_service_request"`);
    await queryRunner.query(`DROP INDEX "public"."idx_contract_customer_unit"`);
    await queryRunner.query(`DROP TABLE "contract"`);
    await queryRunner.query(`DROP TYPE "public"."contract_status"`);
    await queryRunner.query(`DROP INDEX "public"."idx_service_request_company_created"`);
    await queryRunner.query(`DROP TABLE "service_request"`);
    await queryRunner.query(`DROP TYPE "public"."service_request_status"`);
    await queryRunner.query(`DROP TYPE "public"."legality_result"`);
    await queryRunner.query(`DROP TYPE "public"."service_kind"`);
  }
}
