import { AsyncLocalStorage } from 'node:async_hooks';
import { fieldError } from '@cqss/domain';
import { Max, Min } from 'class-validator';
import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { UUID } from './input-check';

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20 })
  @Min(1)
  @Max(100)
  first: number;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page' })
  after?: string | null;
}

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

export interface Page<T> {
  nodes: T[];
  pageInfo: PageInfo;
}

/** A `{ nodes, pageInfo }` type for a list of `Item`. */
export function Connection<T extends object>(Item: ClassType<T>) {
  @ObjectType()
  abstract class ConnectionClass {
    @Field(() => [Item])
    nodes: T[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;
  }
  return ConnectionClass;
}

const encode = (createdAt: Date, id: string) =>
  Buffer.from(JSON.stringify([createdAt.toISOString(), id])).toString('base64url');

// What encode() writes: a timestamp as toISOString() gives it, and a row's UUID.
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

function decode(cursor: string): [string, string] {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString());
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      typeof value[0] === 'string' &&
      ISO_INSTANT.test(value[0]) &&
      !Number.isNaN(Date.parse(value[0])) &&
      typeof value[1] === 'string' &&
      UUID.test(value[1])
    ) {
      return value as [string, string];
    }
  } catch {
    // fall through
  }
  throw fieldError('after', 'CURSOR_INVALID');
}

/**
 * Keyset-paginated on (key, id), newest first by default: `createdAt` unless the list is ordered
 * by another timestamp (e.g. `submittedAt`, oldest first for a queue). One statement a page
 * however deep, served by an index on (tenant, key, id). The key must not be null in the rows
 * the query selects. `read` runs the page's query (by default getMany; a hot list may read its
 * rows raw, see raw-entities.ts); an export captures the query before any of that.
 */
export async function paginate<T extends ObjectLiteral & { id: string }>(
  qb: SelectQueryBuilder<T>,
  alias: string,
  args: PageArgs,
  key: string & keyof T = 'createdAt',
  direction: 'ASC' | 'DESC' = 'DESC',
  read: (qb: SelectQueryBuilder<T>) => Promise<T[]> = (q) => q.getMany(),
): Promise<Page<T>> {
  const capture = capturing.getStore();
  if (capture) {
    Object.assign(capture, { qb, alias, key, direction });
    return { nodes: [], pageInfo: { hasNextPage: false, endCursor: null } };
  }
  if (args.after) {
    const [at, id] = decode(args.after);
    qb.andWhere(
      `(${alias}.${key}, ${alias}.id) ${direction === 'DESC' ? '<' : '>'} (:cursorAt, :cursorId)`,
      { cursorAt: at, cursorId: id },
    );
  }
  const rows = await read(
    qb
      .orderBy(`${alias}.${key}`, direction)
      .addOrderBy(`${alias}.id`, direction)
      .limit(args.first + 1),
  );
  const nodes = rows.slice(0, args.first);
  const last = nodes.at(-1);
  return {
    nodes,
    pageInfo: {
      hasNextPage: rows.length > args.first,
      endCursor: last ? encode(last[key] as Date, last.id) : null,
    },
  };
}

/** A list's query as its own service built it: scope, filters and order, not yet run. */
export interface ListQuery {
  qb: SelectQueryBuilder<ObjectLiteral>;
  alias: string;
  key: string;
  direction: 'ASC' | 'DESC';
}

const capturing = new AsyncLocalStorage<Partial<ListQuery>>();

/**
 * Runs a list's service function and hands back the query it would page through, instead of a
 * page: an export streams exactly the rows the list shows, with its tenancy and filters.
 */
export async function captureListQuery(list: () => Promise<unknown>): Promise<ListQuery> {
  const capture: Partial<ListQuery> = {};
  await capturing.run(capture, list);
  if (!capture.qb) throw new Error('The list did not page through paginate()');
  return capture as ListQuery;
}
