import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AuditLog1795774512194 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_entry" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "actor_user_id" uuid, "actor_device_id" uuid, "actor_role" "public"."role", "actor_label" character varying NOT NULL, "company_id" uuid, "police_organ_id" uuid, "action" character varying NOT NULL, "target_type" character varying, "target_id" uuid, "detail" jsonb NOT NULL DEFAULT '{}', "ip" character varying, CONSTRAINT "PK_58a130a4b9da189f46ba2a01801" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_audit_entry_target" ON "audit_entry"  ("target_type", "target_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_audit_entry_organ_created" ON "audit_entry"  ("police_organ_id", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_audit_entry_company_created" ON "audit_entry"  ("company_id", "created_at", "id") `,
    );
    // Append-only in the database itself, whoever connects.
    await queryRunner.query(`CREATE FUNCTION audit_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_entry is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER audit_entry_no_update_delete BEFORE UPDATE OR DELETE ON "audit_entry" FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON "audit_entry" FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_append_only()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER audit_entry_no_truncate ON "audit_entry"`);
    await queryRunner.query(`DROP TRIGGER audit_entry_no_update_delete ON "audit_entry"`);
    await queryRunner.query(`DROP FUNCTION audit_entry_append_only()`);
    await queryRunner.query(`DROP INDEX "public"."idx_audit_entry_company_created"`);
    await queryRunner.query(`DROP INDEX "public"."idx_audit_entry_organ_created"`);
    await queryRunner.query(`DROP INDEX "public"."idx_audit_entry_target"`);
    await queryRunner.query(`DROP TABLE "audit_entry"`);
  }
}
