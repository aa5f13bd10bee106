import {
  assertMayServe,
  assertNoProblems,
  ContractStatus,
  customerUnitProblems,
  fieldError,
  isKnownDivision,
  jurisdictionPrefix,
  normalizeCustomerUnit,
} from '@cqss/domain';
import type { EntityManager } from 'typeorm';
import type { Context } from '../../common/context';
import { isConstraintViolation } from '../../common/db-errors';
import { NotFoundError } from '../../common/errors';
import { containsPattern, prefixPattern } from '../../common/like-pattern';
import { paginate } from '../../common/pagination';
import { columnsFor, getEntities, type FieldReads } from '../../common/raw-entities';
import { scopedQuery } from '../../common/scope';
import { recordAudit } from '../audit/audit.service';
import type { UserPrincipal } from '../auth/principal';
import { Company } from '../companies/company.entity';
import { Contract } from '../contracts/contract.entity';
import { CustomerUnit } from './customer-unit.entity';
import type { CustomerUnitArgs, CustomerUnitInput } from './customer-unit.inputs';

const CREDIT_CODE_CONSTRAINT = 'uq_customer_unit_credit_code';

/** The GraphQL fields a list asks of each unit and, when it asks for it, of the unit's company. */
export interface UnitListFields {
  unit: ReadonlySet<string>;
  company: ReadonlySet<string> | null;
  /** What the unit's field resolvers read of its row. */
  reads: FieldReads;
}

/**
 * The company's customer units, newest first, by name or credit code, region and key-unit flag;
 * with `fields`, only the columns those fields read, and each unit's company (when asked) read in
 * the same statement (the hot list of the console: rows read raw, see raw-entities.ts).
 */
export function listCustomerUnits(ctx: Context, args: CustomerUnitArgs, fields?: UnitListFields) {
  const qb = scopedQuery(ctx, CustomerUnit, 'cu');
  const search = args.search?.trim();
  if (search) {
    qb.andWhere("(cu.name ILIKE :name ESCAPE '\\' OR cu.creditCode LIKE :code ESCAPE '\\')", {
      name: containsPattern(search),
      code: prefixPattern(search.toUpperCase()),
    });
  }
  if (args.region) {
    if (!isKnownDivision(args.region)) {
      throw fieldError('region', 'DIVISION_UNKNOWN');
    }
    qb.andWhere('cu.divisionCode LIKE :regionPrefix', {
      regionPrefix: `${jurisdictionPrefix(args.region)}%`,
    });
  }
  if (args.isKeyUnit != null)
    qb.andWhere('cu.isKeyUnit = :isKeyUnit', { isKeyUnit: args.isKeyUnit });
  const cu = !fields
    ? null
    : columnsFor(ctx.app.dataSource.getMetadata(CustomerUnit), fields.unit, fields.reads, [
        'createdAt',
      ]);
  return paginate(qb, 'cu', args, 'createdAt', 'DESC', (page) =>
    fields?.company
      ? getEntities(
          page.leftJoinAndSelect('cu.company', 'company'),
          { company: 'company' },
          { cu, company: columnsFor(ctx.app.dataSource.getMetadata(Company), fields.company) },
        )
      : getEntities(page, {}, { cu }),
  );
}

export async function getCustomerUnit(ctx: Context, id: string): Promise<CustomerUnit> {
  const unit = await scopedQuery(ctx, CustomerUnit, 'cu').andWhere('cu.id = :id', { id }).getOne();
  if (!unit) throw new NotFoundError('CustomerUnit', id);
  return unit;
}

function validated(input: CustomerUnitInput) {
  assertNoProblems(customerUnitProblems(input));
  return normalizeCustomerUnit(input);
}

async function saving<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isConstraintViolation(error, CREDIT_CODE_CONSTRAINT))
      throw fieldError('creditCode', 'CREDIT_CODE_TAKEN');
    throw error;
  }
}

export async function createCustomerUnit(
  ctx: Context,
  input: CustomerUnitInput,
): Promise<CustomerUnit> {
  const fields = validated(input);
  const companyId = (ctx.principal as UserPrincipal).companyId!;
  return saving(() =>
    ctx.app.dataSource.transaction(async (em) => {
      const unit = await em.save(CustomerUnit, em.create(CustomerUnit, { ...fields, companyId }));
      await recordAudit(em, ctx, {
        action: 'customer_unit.create',
        targetType: 'CustomerUnit',
        targetId: unit.id,
        detail: { name: unit.name, isKeyUnit: unit.isKeyUnit },
      });
      return unit;
    }),
  );
}

/**
 * Edits a unit. Making it a key unit is refused for a foreign-invested company that has a
 * draft or active contract with it (the key-unit rule), checked under the unit's row lock,
 * which contract creation takes too.
 */
export async function updateCustomerUnit(
  ctx: Context,
  id: string,
  input: CustomerUnitInput,
): Promise<CustomerUnit> {
  const fields = validated(input);
  return saving(() =>
    ctx.app.dataSource.transaction(async (em) => {
      const unit = await lockCustomerUnit(em, ctx, id);
      if (fields.isKeyUnit && !unit.isKeyUnit) await assertCompanyMayServeKeyUnit(em, unit);
      const before = {
        name: unit.name,
        isKeyUnit: unit.isKeyUnit,
        divisionCode: unit.divisionCode,
      };
      Object.assign(unit, fields);
      const saved = await em.save(CustomerUnit, unit);
      await recordAudit(em, ctx, {
        action: 'customer_unit.update',
        targetType: 'CustomerUnit',
        targetId: unit.id,
        detail: {
          before,
          after: { name: saved.name, isKeyUnit: saved.isKeyUnit, divisionCode: saved.divisionCode },
        },
      });
      return saved;
    }),
  );
}

/** The unit, scoped to the caller and locked for the rest of the transaction. */
export async function lockCustomerUnit(
  em: EntityManager,
  ctx: Context,
  id: string,
): Promise<CustomerUnit> {
  const unit = await scopedQuery(ctx, CustomerUnit, 'cu', em)
    .andWhere('cu.id = :id', { id })
    .setLock('pessimistic_write')
    .getOne();
  if (!unit) throw new NotFoundError('CustomerUnit', id);
  return unit;
}

async function assertCompanyMayServeKeyUnit(em: EntityManager, unit: CustomerUnit) {
  const serving = await em
    .getRepository(Contract)
    .createQueryBuilder('c')
    .where('c.customerUnitId = :id', { id: unit.id })
    .andWhere('c.status IN (:...open)', { open: [ContractStatus.DRAFT, ContractStatus.ACTIVE] })
    .getExists();
  if (!serving) return;
  const company = await em.findOneByOrFail(Company, { id: unit.companyId });
  assertMayServe(company.ownershipType, { isKeyUnit: true });
}
