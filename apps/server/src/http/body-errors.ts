import type { ErrorRequestHandler } from 'express';

/**
 * A body the JSON parser refuses (malformed, too large, in an unknown charset) answered as a
 * GraphQL error with its code, never as Express's HTML error page.
 */
export const graphqlBodyErrors: ErrorRequestHandler = (error, _req, res, next) => {
  const status = (error as { status?: unknown }).status;
  if (typeof status !== 'number' || status < 400 || status >= 500) return next(error);
  const tooLarge = status === 413;
  res.status(status).json({
    errors: [
      {
        message: tooLarge ? 'The request body is too large' : 'The request body is not valid JSON',
        extensions: { code: tooLarge ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST' },
      },
    ],
  });
};
