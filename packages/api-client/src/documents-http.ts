import { ApiRequestError, fromGraphQLError } from './errors';

/** A stored document as the upload answers it (the same fields as GraphQL's `Document`). */
export interface UploadedDocument {
  id: string;
  kind: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  uploadedAt: string;
  url: string;
}

/**
 * Uploads one file beside /graphql (POST /documents, multipart, the session cookie) for the
 * record it belongs to. Throws an ApiRequestError with the server's code and field problems
 * (FILE_TYPE_NOT_ALLOWED, FILE_TOO_LARGE…), or NETWORK_ERROR.
 */
export async function uploadDocument(
  kind: string,
  file: File,
  ownerId?: string | null,
): Promise<UploadedDocument> {
  const query = new URLSearchParams({ kind, ...(ownerId ? { ownerId } : {}) });
  const form = new FormData();
  form.append('file', file, file.name);
  let response: Response;
  try {
    response = await fetch(`${uploadDocument.endpoint}?${query}`, {
      method: 'POST',
      credentials: 'same-origin',
      body: form,
    });
  } catch (cause) {
    throw new ApiRequestError(
      {
        code: 'NETWORK_ERROR',
        message: 'The server could not be reached',
        params: {},
        problems: [],
      },
      [],
      { cause },
    );
  }
  const body = (await response.json().catch(() => null)) as {
    document?: UploadedDocument;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  } | null;
  if (response.ok && body?.document) return body.document;
  const first = body?.errors?.[0];
  throw new ApiRequestError(
    first
      ? fromGraphQLError(first)
      : { code: 'UNKNOWN', message: `HTTP ${response.status}`, params: {}, problems: [] },
    body?.errors ?? [],
  );
}
uploadDocument.endpoint = '/documents';
