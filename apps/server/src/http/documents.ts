import { DOCUMENT_MAX_BYTES, fieldError, isDocumentKind } from '@cqss/domain';
import busboy from 'busboy';
import express, { type Request, type Response, type Router } from 'express';
import { GraphQLError } from 'graphql';
import type { Context } from '../common/context';
import { createFormatError } from '../common/format-error';
import type { Logger } from '../common/logger';
import { readableDocument, storeDocument } from '../modules/documents/document.service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const STATUS: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  SERVICE_UNAVAILABLE: 503,
};
const formatError = createFormatError();

/** Any failure as the one error contract: `{ errors: [{ message, extensions: { code, problems? } }] }`. */
function sendError(res: Response, logger: Logger, error: unknown): void {
  const formatted = formatError(
    {
      message: error instanceof Error ? error.message : 'Internal server error',
      extensions: error instanceof GraphQLError ? error.extensions : undefined,
    },
    error,
  );
  const code = String(formatted.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  const problems = formatted.extensions?.problems as { code: string }[] | undefined;
  let status = STATUS[code] ?? 500;
  if (problems?.some((p) => p.code === 'FILE_TOO_LARGE')) status = 413;
  if (status === 500) logger.error({ err: error }, 'document request failed');
  if (!res.headersSent) res.status(status).json({ errors: [formatted] });
}

/** The multipart body's one file, at most 10 MB read (beyond that: `truncated`). */
function readFile(
  req: Request,
): Promise<{ bytes: Buffer; fileName: string | null; truncated: boolean } | null> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        limits: { files: 1, fileSize: DOCUMENT_MAX_BYTES, fields: 0, parts: 1 },
      });
    } catch {
      reject(fieldError('file', 'REQUIRED', {}, 'Send the file as multipart/form-data'));
      return;
    }
    let found: { bytes: Buffer; fileName: string | null; truncated: boolean } | null = null;
    parser.on('file', (_name, stream, info) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        found = {
          bytes: Buffer.concat(chunks),
          fileName: info.filename ? Buffer.from(info.filename, 'latin1').toString('utf8') : null,
          truncated: (stream as { truncated?: boolean }).truncated === true,
        };
      });
    });
    parser.on('error', reject);
    parser.on('close', () => resolve(found));
    req.pipe(parser);
  });
}

/**
 * Files beside /graphql, with the session cookie and the same tenancy and role checks as
 * the records they belong to:
 * POST /documents?kind=SECURITY_LICENSE_SCAN[&ownerId=<contract|handover|inquiry id>] with
 * one multipart file → the document's description; GET /documents/:id → its bytes.
 */
export function documentRoutes(
  contextOf: (req: Request) => Promise<Context>,
  logger: Logger,
): Router {
  const router = express.Router();

  router.post('/', async (req, res) => {
    try {
      // SameSite cookies aside, refuse uploads posted from another site.
      const { origin, host } = req.headers;
      if (origin && new URL(origin).host !== host) {
        throw new GraphQLError('Cross-site upload refused', { extensions: { code: 'FORBIDDEN' } });
      }
      const ctx = await contextOf(req);
      if (!ctx.principal) {
        throw new GraphQLError('Sign in first', { extensions: { code: 'UNAUTHENTICATED' } });
      }
      const { kind, ownerId } = req.query;
      if (!isDocumentKind(kind)) throw fieldError('kind', 'NOT_ALLOWED');
      if (ownerId !== undefined && (typeof ownerId !== 'string' || !UUID.test(ownerId))) {
        throw fieldError('ownerId', 'NOT_UUID');
      }
      const declared = Number(req.headers['content-length'] ?? 0);
      if (declared > DOCUMENT_MAX_BYTES + 64 * 1024) {
        // Not worth reading: say so at once and close, so the rest is not sent.
        res.setHeader('Connection', 'close');
        throw fieldError('file', 'FILE_TOO_LARGE', { maxMb: DOCUMENT_MAX_BYTES / 1024 / 1024 });
      }
      const file = await readFile(req);
      if (!file) throw fieldError('file', 'REQUIRED');
      const doc = await storeDocument(ctx, {
        kind,
        ownerId: (ownerId as string | undefined) ?? null,
        ...file,
      });
      res.status(201).json({
        document: {
          id: doc.id,
          kind: doc.kind,
          fileName: doc.fileName,
          contentType: doc.contentType,
          size: doc.size,
          sha256: doc.sha256,
          uploadedAt: doc.uploadedAt,
          url: doc.url,
        },
      });
    } catch (error) {
      sendError(res, logger, error);
    }
  });

  router.get('/:id', async (req, res) => {
    try {
      if (!UUID.test(req.params.id)) {
        throw new GraphQLError('Document not found', { extensions: { code: 'NOT_FOUND' } });
      }
      const ctx = await contextOf(req);
      const doc = await readableDocument(ctx, req.params.id);
      const disposition = req.query.download === '1' ? 'attachment' : 'inline';
      const ascii = doc.fileName.replace(/[^\x20-\x7e]/g, '_');
      res.setHeader('Content-Type', doc.contentType);
      res.setHeader('Content-Length', String(doc.size));
      res.setHeader(
        'Content-Disposition',
        `${disposition}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(doc.fileName)}`,
      );
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader('Cache-Control', 'private, no-cache');
      res.setHeader('ETag', `"${doc.sha256}"`);
      res.end(doc.content);
    } catch (error) {
      sendError(res, logger, error);
    }
  });

  return router;
}
