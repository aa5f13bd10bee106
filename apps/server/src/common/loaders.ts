import DataLoader from 'dataloader';
import { In, type DataSource, type EntityTarget, type ObjectLiteral } from 'typeorm';
import type { AuditEntry } from '../modules/audit/audit-entry.entity';
import type { FilingReceipt } from '../modules/documents/filing-receipt.entity';
import type { StoredDocument } from '../modules/documents/document.entity';
import type { FilingSubmission } from '../modules/filings/filing-submission.entity';
import type { Handover } from '../modules/handovers/handover.entity';

/**
 * Per-request batching of rows by id, so that resolving a relation for a page of N rows
 * costs one statement, not N. Rows reached through a relation of an already scoped row
 * belong to the same tenant, so these loaders need no scope of their own.
 */
export class Loaders {
  private readonly byEntity = new Map<
    EntityTarget<ObjectLiteral>,
    DataLoader<string, ObjectLiteral | null>
  >();

  private readonly named = new Map<string, DataLoader<unknown, unknown>>();

  constructor(private readonly dataSource: DataSource) {}

  byId<T extends ObjectLiteral & { id: string }>(
    entity: EntityTarget<T>,
  ): DataLoader<string, T | null> {
    let loader = this.byEntity.get(entity);
    if (!loader) {
      loader = new DataLoader<string, ObjectLiteral | null>(async (ids) => {
        // A plain query builder: TypeORM's find() path costs half as much CPU again (measured).
        const rows = await this.dataSource
          .getRepository(entity)
          .createQueryBuilder('row')
          .whereInIds([...ids])
          .getMany();
        const map = new Map(rows.map((r) => [r.id as string, r]));
        return ids.map((id) => map.get(id) ?? null);
      });
      this.byEntity.set(entity, loader);
    }
    return loader as unknown as DataLoader<string, T | null>;
  }

  private readonly byColumn = new Map<string, DataLoader<string, ObjectLiteral | null>>();

  /** Rows by a unique column other than the id (e.g. the user account of a guard by `guardId`). */
  oneBy<T extends ObjectLiteral>(
    entity: EntityTarget<T> & { name: string },
    column: keyof T & string,
  ): DataLoader<string, T | null> {
    const key = `${entity.name}.${column}`;
    let loader = this.byColumn.get(key);
    if (!loader) {
      loader = new DataLoader<string, ObjectLiteral | null>(async (values) => {
        const rows = await this.dataSource
          .getRepository(entity)
          .findBy({ [column]: In([...values]) } as never);
        const map = new Map(rows.map((r) => [r[column] as string, r]));
        return values.map((v) => map.get(v) ?? null);
      });
      this.byColumn.set(key, loader);
    }
    return loader as unknown as DataLoader<string, T | null>;
  }

  /**
   * The loader of this request named `name` (one of `NamedLoaders`), made once from its batch
   * function: rows by a foreign key, grouped lists, relations `byId` and `oneBy` cannot express.
   */
  keyed<N extends keyof NamedLoaders>(
    name: N,
    batch: (keys: readonly NamedLoaders[N]['key'][]) => Promise<NamedLoaders[N]['value'][]>,
    cacheKeyFn?: (key: NamedLoaders[N]['key']) => unknown,
  ): DataLoader<NamedLoaders[N]['key'], NamedLoaders[N]['value']> {
    type L = DataLoader<NamedLoaders[N]['key'], NamedLoaders[N]['value']>;
    let loader = this.named.get(name) as L | undefined;
    if (!loader) {
      loader = new DataLoader(batch, { cacheKeyFn }) as L;
      this.named.set(name, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }
}

/** A named loader's key and what it loads for a key. */
interface Named<K, V> {
  key: K;
  value: V;
}

/**
 * Every named loader of the server, in one place: a name means one relation with one type
 * everywhere, and a typo or a second meaning fails to compile. The batch function stands beside
 * the resolver or service that uses it.
 */
export interface NamedLoaders {
  /** Each filing's submissions, oldest first (filing.resolver.ts). */
  'FilingSubmission.byFiling': Named<string, FilingSubmission[]>;
  /** Each filing's history, oldest first (filing.resolver.ts). */
  'AuditEntry.byFiling': Named<string, AuditEntry[]>;
  /** The audit entries a company wrote about each target, oldest first (contract.resolver.ts). */
  'AuditEntry.byTarget': Named<{ companyId: string; targetId: string }, AuditEntry[]>;
  /** The handovers out of and into each shift (shift.resolver.ts). */
  'Shift.handovers': Named<
    string,
    Pick<Handover, 'state' | 'outgoingShiftId' | 'incomingShiftId'>[]
  >;
  /** Documents attached to each contract, handover or inquiry, newest first (document.service.ts). */
  'StoredDocument.contractId': Named<string, StoredDocument[]>;
  'StoredDocument.handoverId': Named<string, StoredDocument[]>;
  'StoredDocument.inquiryId': Named<string, StoredDocument[]>;
  /** The documents each submission was filed with, in dossier order (document.service.ts). */
  'StoredDocument.bySubmission': Named<string, StoredDocument[]>;
  /** The latest licence scans of each company (document.service.ts). */
  'StoredDocument.licences': Named<string, StoredDocument[]>;
  /** The receipt of each filing (filing-receipt.service.ts). */
  'FilingReceipt.byFiling': Named<string, FilingReceipt | null>;
}
