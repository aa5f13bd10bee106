/**
 * A body the JSON parser refuses (malformed, too large, in an unknown charset or encoding): its
 * status and the GraphQL error that answers it, never an HTML error page. Undefined for anything
 * that is not the client's mistake (a 5xx, or no status at all).
 */
export function bodyErrorAnswer(error: unknown): { status: number; body: string } | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  if (typeof status !== 'number' || status < 400 || status >= 500) return undefined;
  const tooLarge = status === 413;
  return {
    status,
    body: JSON.stringify({
      errors: [
        {
          message: tooLarge
            ? 'The request body is too large'
            : 'The request body is not valid JSON',
          extensions: { code: tooLarge ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST' },
        },
      ],
    }),
  };
}
