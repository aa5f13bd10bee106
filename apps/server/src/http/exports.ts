import { once } from 'node:events';
import { fieldProblem } from '@cqss/domain';
import ExcelJS from 'exceljs';
import express, { type Request, type Response, type Router } from 'express';
import {
  getArgumentValues,
  getVariableValues,
  GraphQLError,
  Kind,
  parse,
  type FieldNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import type { Pool, PoolClient } from 'pg';
import QueryStream from 'pg-query-stream';
import { getMetadataStorage } from 'type-graphql';
import type { DataSource } from 'typeorm';
import type { Context } from '../common/context';
import { ForbiddenError, NotFoundError, UnauthenticatedError } from '../common/errors';
import { createFormatError } from '../common/format-error';
import { badInput, inputProblems } from '../common/input-check';
import type { Logger } from '../common/logger';
import { variableProblem } from '../common/validation-problems';
import { recordAudit } from '../modules/audit/audit.service';
import {
  cellsOf,
  EXPORT_LISTS,
  type ExportLanguage,
  type ExportList,
} from '../modules/exports/export.lists';

const STATUS: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  SERVICE_UNAVAILABLE: 503,
};
const formatError = createFormatError();
/** Rows fetched from PostgreSQL at a time: the cursor's batch, the most held in memory. */
const BATCH = 500;

function sendError(res: Response, logger: Logger, error: unknown): void {
  const formatted = formatError(
    {
      message: error instanceof Error ? error.message : 'Internal server error',
      extensions: error instanceof GraphQLError ? error.extensions : undefined,
    },
    error,
  );
  const code = String(formatted.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  const status = STATUS[code] ?? 500;
  if (status === 500) logger.error({ err: error }, 'export failed');
  res.status(status).json({ errors: [formatted] });
}

/** The roles the list's own resolver authorizes (its @Authorized), so both stay one rule. */
function rolesOf(list: ExportList): readonly string[] {
  const found = getMetadataStorage().authorizedFields.find(
    (f) => f.target === list.resolver && f.fieldName === list.field,
  );
  if (!found) throw new Error(`No @Authorized on ${list.field}`);
  return found.roles as string[];
}

/**
 * The list's filters (`?filters=` JSON, the list query's own variables) coerced and checked as
 * GraphQL would check them for the list field: types, enums, ids; unknown names refused.
 */
function filtersOf(
  schema: GraphQLSchema,
  list: ExportList,
  text: unknown,
): { args: Record<string, unknown>; raw: Record<string, unknown> } {
  let raw: Record<string, unknown>;
  try {
    raw = text === undefined ? {} : JSON.parse(String(text));
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new Error();
  } catch {
    throw badInput([fieldProblem('filters', 'INVALID_FORMAT')]);
  }
  const field = schema.getQueryType()!.getFields()[list.field]!;
  const known = new Set(field.args.map((a) => a.name));
  const unknown = Object.keys(raw).filter((k) => !known.has(k) || k === 'after');
  if (unknown.length) throw badInput(unknown.map((k) => fieldProblem(k, 'NOT_ALLOWED')));
  delete raw.first;
  const given = field.args.filter((a) => raw[a.name] !== undefined);
  const variables = given.map((a) => `$${a.name}: ${a.type}`).join(', ');
  const args = given.map((a) => `${a.name}: $${a.name}`).join(', ');
  const document = parse(
    `query Export${variables ? `(${variables})` : ''} { ${field.name}${args ? `(${args})` : ''} { __typename } }`,
  );
  const operation = document.definitions[0] as OperationDefinitionNode;
  const { coerced, errors } = getVariableValues(schema, operation.variableDefinitions ?? [], raw);
  if (errors?.length)
    throw badInput(
      errors.map((e) => variableProblem(e.message) ?? fieldProblem('filters', 'INVALID')),
    );
  const problems = inputProblems(schema, document, operation, raw);
  if (problems.length) throw badInput(problems);
  const node = operation.selectionSet.selections.find((s) => s.kind === Kind.FIELD) as FieldNode;
  return { args: getArgumentValues(field, node, coerced), raw };
}

const today = () =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date());

/**
 * Excel exports beside /graphql: GET /exports/<list>.xlsx?filters=<the list's variables>&lang=.
 * The same session, tenancy and role checks as the list; rows come from a PostgreSQL cursor
 * (pg-query-stream, BATCH rows at a time) into exceljs's streaming writer, waiting whenever the
 * client reads slower than we write, so a large export neither blocks the server nor fills its
 * memory. Every export is audited with its filters.
 */
export function exportRoutes(
  schema: GraphQLSchema,
  dataSource: DataSource,
  contextOf: (req: Request) => Promise<Context>,
  logger: Logger,
): Router {
  const router = express.Router();
  const pool = (dataSource.driver as unknown as { master: Pool }).master;

  router.get('/:name.xlsx', async (req: Request, res: Response) => {
    let client: PoolClient | null = null;
    let broken = false;
    try {
      const name = String(req.params.name);
      const list = Object.hasOwn(EXPORT_LISTS, name) ? EXPORT_LISTS[name]! : null;
      if (!list) throw new NotFoundError('Export', name);
      const ctx = await contextOf(req);
      const p = ctx.principal;
      if (!p) throw new UnauthenticatedError();
      if (!p.role || !rolesOf(list).includes(p.role)) throw new ForbiddenError();
      const lang: ExportLanguage = req.query.lang === 'en' ? 'en' : 'zh-CN';
      const { args, raw } = filtersOf(schema, list, req.query.filters);

      const q = await list.query(ctx, args);
      list.select(q.qb, q.alias);
      q.qb.orderBy(`${q.alias}.${q.key}`, q.direction).addOrderBy(`${q.alias}.id`, q.direction);
      const [sql, params] = q.qb.getQueryAndParameters();
      await recordAudit(dataSource.manager, ctx, {
        action: 'export.download',
        targetType: 'Export',
        detail: { list: name, filters: raw, language: lang },
      });

      client = await pool.connect();
      const rows = client.query(new QueryStream(sql, params, { batchSize: BATCH }));
      const file = `${list.sheet[lang]}-${today()}.xlsx`;
      res.status(200);
      res.setHeader(
        'content-type',
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
      res.setHeader(
        'content-disposition',
        `attachment; filename="${name}-${today()}.xlsx"; filename*=UTF-8''${encodeURIComponent(file)}`,
      );
      res.setHeader('cache-control', 'no-store');
      res.setHeader('x-content-type-options', 'nosniff');
      const closed = new Promise<void>((resolve) => res.once('close', resolve));

      const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
        stream: res,
        useStyles: true,
        useSharedStrings: false,
      });
      const sheet = workbook.addWorksheet(list.sheet[lang], {
        views: [{ state: 'frozen', ySplit: 1 }],
      });
      sheet.columns = list.columns.map((c) => ({
        header: c.header[lang],
        key: c.key,
        width: c.width,
        style: c.kind === 'datetime' ? { numFmt: 'yyyy-mm-dd hh:mm:ss' } : {},
      }));
      sheet.getRow(1).font = { bold: true };
      sheet.getRow(1).commit();
      let n = 0;
      for await (const row of rows as AsyncIterable<Record<string, unknown>>) {
        if (res.destroyed) {
          broken = true;
          break;
        }
        sheet.addRow(cellsOf(list, row, lang)).commit();
        // Backpressure: a slow client pauses the cursor instead of filling our memory.
        if (++n % BATCH === 0 && res.writableNeedDrain)
          await Promise.race([once(res, 'drain'), closed]);
      }
      if (broken) return;
      sheet.commit();
      await workbook.commit();
    } catch (err) {
      broken = true;
      if (!res.headersSent) sendError(res, logger, err);
      else {
        logger.error({ err }, 'export broke off');
        res.destroy();
      }
    } finally {
      // A cursor left open mid-way makes the connection unusable: drop it rather than reuse it.
      client?.release(broken ? true : undefined);
    }
  });
  return router;
}
