import type { MigrationInterface, QueryRunner } from 'typeorm';

// The platform's post orders as of this migration (DEFAULT_POST_ORDERS in @cqss/domain may move on).
const POST_ORDERS_2026 = `一、岗位职责
1. 按时到岗，着装整齐，佩戴保安员证；上岗前认真阅读并确认本岗位守则。
2. 严格执行交接班制度：与上一班共同检查岗位，了解存在的问题和待处理事项，清点交接物品，充分掌握岗位情况后在交接班记录上签字，方可上岗。
3. 下岗前做好记录，与接班人员交接；接班人员签字同意后方可下岗。如有事件正在处理，须经值班主管批准后方可交接，否则处理完毕前不得下岗。
4. 做好巡查、出入登记和安全防范工作，发现异常情况及时处置并报告值班主管。

二、服务规范
1. 服务优先，管理与服务相结合。
2. 见到客户主动问候，语言亲切、自然、文明礼貌。
3. 解答客户咨询时专心倾听，耐心细致，详细回答客户提出的问题。
4. 不得以“不知道”“不清楚”答复客户：应设法查明后答复，或报告直属领导（本岗位主管）。`;

export class GuardOperations1795774887320 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    // btree_gist lets one exclusion constraint compare uuids (=) and time ranges (&&).
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await queryRunner.query(
      `CREATE TABLE "shift" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "company_id" uuid NOT NULL, "post_id" uuid NOT NULL, "guard_id" uuid NOT NULL, "starts_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "orders_acknowledged_at" TIMESTAMP(3) WITH TIME ZONE, "orders_acknowledged_revision" integer, "created_by_user_id" uuid, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_shift_range" CHECK (ends_at > starts_at), CONSTRAINT "ex_shift_guard_overlap" EXCLUDE USING gist ("guard_id" WITH =, tstzrange("starts_at", "ends_at", '[)') WITH &&), CONSTRAINT "PK_53071a6485a1e9dc75ec3db54b9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_shift_guard_starts" ON "shift"  ("guard_id", "starts_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_shift_post_starts" ON "shift"  ("post_id", "starts_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_shift_company_created" ON "shift"  ("company_id", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."handover_state" AS ENUM('DRAFTED', 'INSPECTED', 'AWAITING_APPROVAL', 'APPROVED', 'SIGNED', 'RELEASED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "handover" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "company_id" uuid NOT NULL, "post_id" uuid NOT NULL, "state" "public"."handover_state" NOT NULL, "version" integer NOT NULL DEFAULT '1', "outgoing_guard_id" uuid NOT NULL, "outgoing_shift_id" uuid NOT NULL, "incoming_guard_id" uuid NOT NULL, "incoming_shift_id" uuid, "post_status" text NOT NULL, "open_problems" text, "items" jsonb NOT NULL DEFAULT '[]', "incident_open" boolean NOT NULL DEFAULT false, "incident_note" text, "findings" text, "discrepancies" jsonb NOT NULL DEFAULT '[]', "inspected_at" TIMESTAMP(3) WITH TIME ZONE, "approval_requested_at" TIMESTAMP(3) WITH TIME ZONE, "approved_at" TIMESTAMP(3) WITH TIME ZONE, "approved_by_user_id" uuid, "approval_note" text, "signed_at" TIMESTAMP(3) WITH TIME ZONE, "released_at" TIMESTAMP(3) WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_handover_state_stamps" CHECK ((state NOT IN ('SIGNED', 'RELEASED') OR signed_at IS NOT NULL) AND (state <> 'RELEASED' OR released_at IS NOT NULL)), CONSTRAINT "ck_handover_released_after_signature" CHECK (released_at IS NULL OR signed_at IS NOT NULL), CONSTRAINT "PK_15e64c0391cf9fb9278f297691f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_handover_outgoing_guard" ON "handover"  ("outgoing_guard_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_handover_incoming_guard" ON "handover"  ("incoming_guard_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_handover_outgoing_shift" ON "handover"  ("outgoing_shift_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_handover_open_post" ON "handover"  ("post_id") WHERE state <> 'RELEASED'`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_handover_company_state" ON "handover"  ("company_id", "state") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_handover_company_created" ON "handover"  ("company_id", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."inquiry_state" AS ENUM('OPEN', 'ANSWERED', 'ESCALATED', 'REPLIED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "inquiry" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "company_id" uuid NOT NULL, "post_id" uuid NOT NULL, "guard_id" uuid NOT NULL, "shift_id" uuid, "state" "public"."inquiry_state" NOT NULL, "question" text NOT NULL, "answer" text, "answered_at" TIMESTAMP(3) WITH TIME ZONE, "escalated_at" TIMESTAMP(3) WITH TIME ZONE, "escalated_to_user_id" uuid, "reply" text, "replied_at" TIMESTAMP(3) WITH TIME ZONE, "replied_by_user_id" uuid, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3e226d0994e8bd24252dd65e1b6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_inquiry_open_escalations" ON "inquiry"  ("company_id", "escalated_at") WHERE state = 'ESCALATED'`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_inquiry_guard_created" ON "inquiry"  ("guard_id", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_inquiry_company_created" ON "inquiry"  ("company_id", "created_at", "id") `,
    );
    await queryRunner.query(`ALTER TABLE "company" ADD "default_post_orders" text`);
    await queryRunner.query(
      `ALTER TABLE "guard" ADD "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now()`,
    );
    await queryRunner.query(`ALTER TABLE "post" ADD "contract_id" uuid`);
    // Posts that exist already get the post orders of the day this migration was written.
    await queryRunner.query(`ALTER TABLE "post" ADD "post_orders" text`);
    await queryRunner.query(`UPDATE "post" SET "post_orders" = $1`, [POST_ORDERS_2026]);
    await queryRunner.query(`ALTER TABLE "post" ALTER COLUMN "post_orders" SET NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE "post" ADD "post_orders_revision" integer NOT NULL DEFAULT '1'`,
    );
    await queryRunner.query(
      `ALTER TABLE "post" ADD "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now()`,
    );
    await queryRunner.query(`ALTER TABLE "guard" ALTER COLUMN "certificate_no" DROP NOT NULL`);
    // Text to enum in place, keeping each guard's status.
    await queryRunner.query(
      `CREATE TYPE "public"."certificate_status" AS ENUM('PENDING', 'VALID', 'SUSPENDED', 'REVOKED')`,
    );
    await queryRunner.query(`ALTER TABLE "guard" ALTER COLUMN "certificate_status" DROP DEFAULT`);
    await queryRunner.query(
      `ALTER TABLE "guard" ALTER COLUMN "certificate_status" TYPE "public"."certificate_status" USING "certificate_status"::"public"."certificate_status"`,
    );
    await queryRunner.query(
      `ALTER TABLE "guard" ALTER COLUMN "certificate_status" SET DEFAULT 'VALID'`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."employment_status" AS ENUM('ACTIVE', 'ON_LEAVE', 'LEFT')`,
    );
    await queryRunner.query(`ALTER TABLE "guard" ALTER COLUMN "employment_status" DROP DEFAULT`);
    await queryRunner.query(
      `ALTER TABLE "guard" ALTER COLUMN "employment_status" TYPE "public"."employment_status" USING "employment_status"::"public"."employment_status"`,
    );
    await queryRunner.query(
      `ALTER TABLE "guard" ALTER COLUMN "employment_status" SET DEFAULT 'ACTIVE'`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_user_guard" ON "app_user"  ("guard_id") WHERE guard_id IS NOT NULL`,
    );
    await queryRunner.query(`CREATE INDEX "idx_post_contract" ON "post"  ("contract_id") `);
    await queryRunner.query(
      `CREATE INDEX "idx_post_company_created" ON "post"  ("company_id", "created_at", "id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "app_user" ADD CONSTRAINT "ck_user_guard" CHECK ((role = 'GUARD') = (guard_id IS NOT NULL))`,
    );
    await queryRunner.query(
      `ALTER TABLE "app_user" ADD CONSTRAINT "fk_user_guard" FOREIGN KEY ("guard_id") REFERENCES "guard"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "shift" ADD CONSTRAINT "fk_shift_company" FOREIGN KEY ("company_id") REFERENCES "company"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "shift" ADD CONSTRAINT "fk_shift_post" FOREIGN KEY ("post_id") REFERENCES "post"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "shift" ADD CONSTRAINT "fk_shift_guard" FOREIGN KEY ("guard_id") REFERENCES "guard"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "shift" ADD CONSTRAINT "fk_shift_created_by" FOREIGN KEY ("created_by_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "handover" ADD CONSTRAINT "fk_handover_company" FOREIGN KEY ("company_id") REFERENCES "company"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "handover" ADD CONSTRAINT "fk_handover_post" FOREIGN KEY ("post_id") REFERENCES "post"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "handover" ADD CONSTRAINT "fk_handover_outgoing_guard" FOREIGN KEY ("outgoing_guard_id") REFERENCES "guard"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "handover" ADD CONSTRAINT "fk_handover_outgoing_shift" FOREIGN KEY ("outgoing_shift_id") REFERENCES "shift"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "handover" ADD CONSTRAINT "fk_handover_incoming_guard" FOREIGN KEY ("incoming_guard_id") REFERENCES "guard"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "handover" ADD CONSTRAINT "fk_handover_incoming_shift" FOREIGN KEY ("incoming_shift_id") REFERENCES "shift"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "handover" ADD CONSTRAINT "fk_handover_approved_by" FOREIGN KEY ("approved_by_user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "inquiry" ADD CONSTRAINT "fk_inquiry_company" FOREIGN KEY ("company_id") REFERENCES "company"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "inquiry" ADD CONSTRAINT "fk_inquiry_post" FOREIGN KEY ("post_id") REFERENCES "post"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "inquiry" ADD CONSTRAINT "fk_inquiry_guard" FOREIGN KEY ("guard_id") REFERENCES "guard"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "inquiry" ADD CONSTRAINT "fk_inquiry_shift" FOREIGN KEY ("shift_id") REFERENCES "shift"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "inquiry" ADD CONSTRAINT "fk_inquiry_escalated_to" FOREIGN KEY ("escalated_to_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "inquiry" ADD CONSTRAINT "fk_inquiry_replied_by" FOREIGN KEY ("replied_by_user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "inquiry" DROP CONSTRAINT "fk_inquiry_replied_by"`);
    await queryRunner.query(`ALTER TABLE "inquiry" DROP CONSTRAINT "fk_inquiry_escalated_to"`);
    await queryRunner.query(`ALTER TABLE "inquiry" DROP CONSTRAINT "fk_inquiry_shift"`);
    await queryRunner.query(`ALTER TABLE "inquiry" DROP CONSTRAINT "fk_inquiry_guard"`);
    await queryRunner.query(`ALTER TABLE "inquiry" DROP CONSTRAINT "fk_inquiry_post"`);
    await queryRunner.query(`ALTER TABLE "inquiry" DROP CONSTRAINT "fk_inquiry_company"`);
    await queryRunner.query(`ALTER TABLE "handover" DROP CONSTRAINT "fk_handover_approved_by"`);
    await queryRunner.query(`ALTER TABLE "handover" DROP CONSTRAINT "fk_handover_incoming_shift"`);
    await queryRunner.query(`ALTER TABLE "handover" DROP CONSTRAINT "fk_handover_incoming_guard"`);
    await queryRunner.query(`ALTER TABLE "handover" DROP CONSTRAINT "fk_handover_outgoing_shift"`);
    await queryRunner.query(`ALTER TABLE "handover" DROP CONSTRAINT "fk_handover_outgoing_guard"`);
    await queryRunner.query(`ALTER TABLE "handover" DROP CONSTRAINT "fk_handover_post"`);
    await queryRunner.query(`ALTER TABLE "handover" DROP CONSTRAINT "fk_handover_company"`);
    await queryRunner.query(`ALTER TABLE "shift" DROP CONSTRAINT "fk_shift_created_by"`);
    await queryRunner.query(`ALTER TABLE "shift" DROP CONSTRAINT "fk_shift_guard"`);
    await queryRunner.query(`ALTER TABLE "shift" DROP CONSTRAINT "fk_shift_post"`);
    await queryRunner.query(`ALTER TABLE "shift" DROP CONSTRAINT "fk_shift_company"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "fk_user_guard"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "ck_user_guard"`);
    await queryRunner.query(`DROP INDEX "public"."idx_post_company_created"`);
    await queryRunner.query(`DROP INDEX "public"."idx_post_contract"`);
    await queryRunner.query(`DROP INDEX "public"."uq_user_guard"`);
    await queryRunner.query(`ALTER TABLE "guard" ALTER COLUMN "employment_status" DROP DEFAULT`);
    await queryRunner.query(
      `ALTER TABLE "guard" ALTER COLUMN "employment_status" TYPE character varying USING "employment_status"::text`,
    );
    await queryRunner.query(
      `ALTER TABLE "guard" ALTER COLUMN "employment_status" SET DEFAULT 'ACTIVE'`,
    );
    await queryRunner.query(`DROP TYPE "public"."employment_status"`);
    await queryRunner.query(`ALTER TABLE "guard" ALTER COLUMN "certificate_status" DROP DEFAULT`);
    await queryRunner.query(
      `ALTER TABLE "guard" ALTER COLUMN "certificate_status" TYPE character varying USING "certificate_status"::text`,
    );
    await queryRunner.query(
      `ALTER TABLE "guard" ALTER COLUMN "certificate_status" SET DEFAULT 'VALID'`,
    );
    await queryRunner.query(`DROP TYPE "public"."certificate_status"`);
    await queryRunner.query(`ALTER TABLE "guard" ALTER COLUMN "certificate_no" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "post" DROP COLUMN "updated_at"`);
    await queryRunner.query(`ALTER TABLE "post" DROP COLUMN "post_orders_revision"`);
    await queryRunner.query(`ALTER TABLE "post" DROP COLUMN "post_orders"`);
    await queryRunner.query(`ALTER TABLE "post" DROP COLUMN "contract_id"`);
    await queryRunner.query(`ALTER TABLE "guard" DROP COLUMN "updated_at"`);
    await queryRunner.query(`ALTER TABLE "company" DROP COLUMN "default_post_orders"`);
    await queryRunner.query(`DROP INDEX "public"."idx_inquiry_company_created"`);
    await queryRunner.query(`DROP INDEX "public"."idx_inquiry_guard_created"`);
    await queryRunner.query(`DROP INDEX "public"."idx_inquiry_open_escalations"`);
    await queryRunner.query(`DROP TABLE "inquiry"`);
    await queryRunner.query(`DROP TYPE "public"."inquiry_state"`);
    await queryRunner.query(`DROP INDEX "public"."idx_handover_company_created"`);
    await queryRunner.query(`DROP INDEX "public"."idx_handover_company_state"`);
    await queryRunner.query(`DROP INDEX "public"."uq_handover_open_post"`);
    await queryRunner.query(`DROP INDEX "public"."uq_handover_outgoing_shift"`);
    await queryRunner.query(`DROP INDEX "public"."idx_handover_incoming_guard"`);
    await queryRunner.query(`DROP INDEX "public"."idx_handover_outgoing_guard"`);
    await queryRunner.query(`DROP TABLE "handover"`);
    await queryRunner.query(`DROP TYPE "public"."handover_state"`);
    await queryRunner.query(`DROP INDEX "public"."idx_shift_company_created"`);
    await queryRunner.query(`DROP INDEX "public"."idx_shift_post_starts"`);
    await queryRunner.query(`DROP INDEX "public"."idx_shift_guard_starts"`);
    await queryRunner.query(`DROP TABLE "shift"`);
    await queryRunner.query(`DROP EXTENSION IF EXISTS btree_gist`);
  }
}
