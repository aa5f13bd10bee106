import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Indexes bench:city showed missing: the handovers a shift comes in by (the guard's on-duty screen). */
export class CityIndexes1796190000000 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "idx_handover_incoming_shift" ON "handover"  ("incoming_shift_id") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."idx_handover_incoming_shift"`);
  }
}
