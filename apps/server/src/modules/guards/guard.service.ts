import {
  assertNoProblems,
  CertificateStatus,
  fieldError,
  fieldProblem,
  type FieldProblem,
  isValidIdNumber,
  toCalendarDate,
} from '@cqss/domain';
import type { EntityManager } from 'typeorm';
import { companyUser } from '../../common/caller';
import type { Context } from '../../common/context';
import { isConstraintViolation } from '../../common/db-errors';
import { NotFoundError } from '../../common/errors';
import { containsPattern } from '../../common/like-pattern';
import { paginate, type Page } from '../../common/pagination';
import { scopedQuery } from '../../common/scope';
import { recordAudit } from '../audit/audit.service';
import { Guard } from './guard.entity';
import type { CreateGuardInput, GuardArgs, UpdateGuardInput } from './guard.inputs';

const idNumberTaken = () => fieldError('idNumber', 'ID_NUMBER_TAKEN');

/** The company's guards, newest first, filtered by a search text and statuses. */
export function listGuards(ctx: Context, args: GuardArgs): Promise<Page<Guard>> {
  const qb = scopedQuery(ctx, Guard, 'g');
  const search = args.search?.trim();
  if (search) {
    qb.andWhere(
      `(g.name ILIKE :search OR g.phone ILIKE :search OR g.certificateNo ILIKE :search)`,
      { search: containsPattern(search) },
    );
  }
  if (args.certificateStatus)
    qb.andWhere('g.certificateStatus = :cs', { cs: args.certificateStatus });
  if (args.employmentStatus) qb.andWhere('g.employmentStatus = :es', { es: args.employmentStatus });
  return paginate(qb, 'g', args);
}

/** One of the caller's company's guards, or NOT_FOUND. */
export async function findGuard(ctx: Context, id: string): Promise<Guard> {
  const guard = await scopedQuery(ctx, Guard, 'g').andWhere('g.id = :id', { id }).getOne();
  if (!guard) throw new NotFoundError('Guard', id);
  return guard;
}

/** The checked fields of a guard: a real ID number, a date, a number for a valid certificate. */
function normalise<T extends Partial<CreateGuardInput>>(input: T, current?: Guard): T {
  const out = { ...input };
  const problems: FieldProblem[] = [];
  if (input.name !== undefined) out.name = input.name.trim();
  if (input.idNumber !== undefined) {
    out.idNumber = input.idNumber.trim().toUpperCase();
    if (!isValidIdNumber(out.idNumber))
      problems.push(fieldProblem('idNumber', 'ID_NUMBER_INVALID'));
  }
  if (input.certificateNo !== undefined) out.certificateNo = input.certificateNo?.trim() || null;
  if (input.phone !== undefined) out.phone = input.phone.trim();
  if (input.hiredOn !== undefined) {
    try {
      out.hiredOn = toCalendarDate(input.hiredOn, 'hiredOn');
    } catch {
      problems.push(fieldProblem('hiredOn', 'DATE_INVALID'));
    }
  }
  const status = out.certificateStatus ?? current?.certificateStatus;
  const number = out.certificateNo !== undefined ? out.certificateNo : current?.certificateNo;
  if (status === CertificateStatus.VALID && !number)
    problems.push(fieldProblem('certificateNo', 'CERTIFICATE_NO_REQUIRED'));
  assertNoProblems(problems);
  return out;
}

async function assertIdNumberFree(
  em: EntityManager,
  companyId: string,
  idNumber: string,
  self?: string,
) {
  const other = await em.findOneBy(Guard, { companyId, idNumber });
  if (other && other.id !== self) throw idNumberTaken();
}

function mapUniqueViolation(error: unknown): never {
  throw isConstraintViolation(error, 'uq_guard_id_number') ? idNumberTaken() : error;
}

/** Puts a guard on file; the audit entry names the guard, never the ID number. */
export async function createGuard(ctx: Context, input: CreateGuardInput): Promise<Guard> {
  const { companyId } = companyUser(ctx);
  const fields = normalise(input);
  return ctx.app.dataSource
    .transaction(async (em) => {
      await assertIdNumberFree(em, companyId, fields.idNumber);
      const guard = await em.save(Guard, em.create(Guard, { ...fields, companyId }));
      await recordAudit(em, ctx, {
        action: 'guard.create',
        targetType: 'Guard',
        targetId: guard.id,
        detail: { name: guard.name, certificateStatus: guard.certificateStatus },
      });
      return guard;
    })
    .catch(mapUniqueViolation);
}

/** Changes the fields given; the audit entry lists which changed (and the new statuses). */
export async function updateGuard(
  ctx: Context,
  id: string,
  input: UpdateGuardInput,
): Promise<Guard> {
  const guard = await findGuard(ctx, id);
  const fields = normalise(input, guard);
  return ctx.app.dataSource
    .transaction(async (em) => {
      if (fields.idNumber && fields.idNumber !== guard.idNumber)
        await assertIdNumberFree(em, guard.companyId, fields.idNumber, guard.id);
      const changed = (Object.keys(fields) as (keyof UpdateGuardInput)[]).filter(
        (k) => fields[k] !== undefined && fields[k] !== guard[k],
      );
      Object.assign(guard, Object.fromEntries(changed.map((k) => [k, fields[k]])));
      const saved = await em.save(guard);
      await recordAudit(em, ctx, {
        action: 'guard.update',
        targetType: 'Guard',
        targetId: guard.id,
        detail: {
          name: saved.name,
          changed,
          certificateStatus: saved.certificateStatus,
          employmentStatus: saved.employmentStatus,
        },
      });
      return saved;
    })
    .catch(mapUniqueViolation);
}
