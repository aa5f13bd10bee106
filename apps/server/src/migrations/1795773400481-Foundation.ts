import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1795773400481 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."ownership_type" AS ENUM('DOMESTIC', 'WHOLLY_FOREIGN_OWNED', 'SINO_FOREIGN_JOINT_VENTURE', 'SINO_FOREIGN_COOPERATIVE')`,
    );
    await queryRunner.query(
      `CREATE TABLE "company" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying NOT NULL, "ownership_type" "public"."ownership_type" NOT NULL, "home_division_code" character(6) NOT NULL, "security_license_no" character varying NOT NULL, "business_license_no" character(18) NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_056f7854a7afdba7cbd6d45fc20" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "police_organ" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying NOT NULL, "division_code" character(6) NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6574b5c17aeea3222fb40d3b4a1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_police_organ_division" ON "police_organ"  ("division_code") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."role" AS ENUM('COMPANY_ADMIN', 'DUTY_SUPERVISOR', 'GUARD', 'POLICE_OFFICER', 'KIOSK')`,
    );
    await queryRunner.query(
      `CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "username" character varying NOT NULL, "display_name" character varying NOT NULL, "role" "public"."role" NOT NULL, "company_id" uuid, "police_organ_id" uuid, "guard_id" uuid, "password_hash" character varying NOT NULL, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_user_belongs" CHECK ((role IN ('COMPANY_ADMIN','DUTY_SUPERVISOR','GUARD') AND company_id IS NOT NULL AND police_organ_id IS NULL) OR (role = 'POLICE_OFFICER' AND police_organ_id IS NOT NULL AND company_id IS NULL)), CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_user_username" ON "app_user"  ("username") `);
    await queryRunner.query(
      `CREATE TABLE "user_session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "ip" character varying, CONSTRAINT "PK_adf3b49590842ac3cf54cac451a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "idx_user_session_user" ON "user_session"  ("user_id") `);
    await queryRunner.query(
      `CREATE TABLE "customer_unit" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "company_id" uuid NOT NULL, "name" character varying NOT NULL, "credit_code" character(18) NOT NULL, "address" character varying NOT NULL, "division_code" character(6) NOT NULL, "contact_name" character varying NOT NULL, "contact_phone" character varying NOT NULL, "is_key_unit" boolean NOT NULL DEFAULT false, "key_unit_authority" character varying, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_customer_unit_credit_code" UNIQUE ("company_id", "credit_code"), CONSTRAINT "PK_94693fa006a75daba2770bccc28" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_customer_unit_company_created" ON "customer_unit"  ("company_id", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "guard" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "company_id" uuid NOT NULL, "name" character varying NOT NULL, "id_number" character(18) NOT NULL, "certificate_no" character varying NOT NULL, "certificate_status" character varying NOT NULL DEFAULT 'VALID', "phone" character varying NOT NULL, "hired_on" date NOT NULL, "employment_status" character varying NOT NULL DEFAULT 'ACTIVE', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_guard_id_number" UNIQUE ("company_id", "id_number"), CONSTRAINT "PK_67ba4a569e812d4d1e591f23507" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_guard_company_created" ON "guard"  ("company_id", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "post" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "company_id" uuid NOT NULL, "customer_unit_id" uuid NOT NULL, "name" character varying NOT NULL, "supervisor_id" uuid, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_be5fda3aac270b134ff9c21cdee" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "kiosk_device" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "company_id" uuid NOT NULL, "customer_unit_id" uuid NOT NULL, "post_id" uuid, "name" character varying NOT NULL, "pairing_code_hash" character varying, "pairing_expires_at" TIMESTAMP WITH TIME ZONE, "paired_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3bcccfa9832ad47dcbb7ac014da" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_kiosk_device_pairing_code" ON "kiosk_device"  ("pairing_code_hash") WHERE pairing_code_hash IS NOT NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "app_user" ADD CONSTRAINT "fk_user_company" FOREIGN KEY ("company_id") REFERENCES "company"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "app_user" ADD CONSTRAINT "fk_user_police_organ" FOREIGN KEY ("police_organ_id") REFERENCES "police_organ"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "user_session" ADD CONSTRAINT "fk_user_session_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "customer_unit" ADD CONSTRAINT "fk_customer_unit_company" FOREIGN KEY ("company_id") REFERENCES "company"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "guard" ADD CONSTRAINT "fk_guard_company" FOREIGN KEY ("company_id") REFERENCES "company"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "post" ADD CONSTRAINT "fk_post_company" FOREIGN KEY ("company_id") REFERENCES "company"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "post" ADD CONSTRAINT "fk_post_customer_unit" FOREIGN KEY ("customer_unit_id") REFERENCES "customer_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "post" ADD CONSTRAINT "fk_post_supervisor" FOREIGN KEY ("supervisor_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "kiosk_device" ADD CONSTRAINT "fk_kiosk_device_company" FOREIGN KEY ("company_id") REFERENCES "company"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "kiosk_device" ADD CONSTRAINT "fk_kiosk_device_customer_unit" FOREIGN KEY ("customer_unit_id") REFERENCES "customer_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "kiosk_device" ADD CONSTRAINT "fk_kiosk_device_post" FOREIGN KEY ("post_id") REFERENCES "post"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "kiosk_device" DROP CONSTRAINT "fk_kiosk_device_post"`);
    await queryRunner.query(
      `ALTER TABLE "kiosk_device" DROP CONSTRAINT "fk_kiosk_device_customer_unit"`,
    );
    await queryRunner.query(`ALTER TABLE "kiosk_device" DROP CONSTRAINT "fk_kiosk_device_company"`);
    await queryRunner.query(`ALTER TABLE "post" DROP CONSTRAINT "fk_post_supervisor"`);
    await queryRunner.query(`ALTER TABLE "post" DROP CONSTRAINT "fk_post_customer_unit"`);
    await queryRunner.query(`ALTER TABLE "post" DROP CONSTRAINT "fk_post_company"`);
    await queryRunner.query(`ALTER TABLE "guard" DROP CONSTRAINT "fk_guard_company"`);
    await queryRunner.query(
      `ALTER TABLE "customer_unit" DROP CONSTRAINT "fk_customer_unit_company"`,
    );
    await queryRunner.query(`ALTER TABLE "user_session" DROP CONSTRAINT "fk_user_session_user"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "fk_user_police_organ"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "fk_user_company"`);
    await queryRunner.query(`DROP INDEX "public"."uq_kiosk_device_pairing_code"`);
    await queryRunner.query(`DROP TABLE "kiosk_device"`);
    await queryRunner.query(`DROP TABLE "post"`);
    await queryRunner.query(`DROP INDEX "public"."idx_guard_company_created"`);
    await queryRunner.query(`DROP TABLE "guard"`);
    await queryRunner.query(`DROP INDEX "public"."idx_customer_unit_company_created"`);
    await queryRunner.query(`DROP TABLE "customer_unit"`);
    await queryRunner.query(`DROP INDEX "public"."idx_user_session_user"`);
    await queryRunner.query(`DROP TABLE "user_session"`);
    await queryRunner.query(`DROP INDEX "public"."uq_user_username"`);
    await queryRunner.query(`DROP TABLE "app_user"`);
    await queryRunner.query(`DROP TYPE "public"."role"`);
    await queryRunner.query(`DROP INDEX "public"."uq_police_organ_division"`);
    await queryRunner.query(`DROP TABLE "police_organ"`);
    await queryRunner.query(`DROP TABLE "company"`);
    await queryRunner.query(`DROP TYPE "public"."ownership_type"`);
  }
}
