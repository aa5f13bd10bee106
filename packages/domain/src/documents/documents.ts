import { Role } from '../common/enums';
import { fieldError } from '../common/domain-error';

/** What a stored document is, and so which record it belongs to. */
export const DocumentKind = {
  /** 保安服务许可证 scan: the company's. */
  SECURITY_LICENSE_SCAN: 'SECURITY_LICENSE_SCAN',
  /** 营业执照 scan: the company's. */
  BUSINESS_LICENSE_SCAN: 'BUSINESS_LICENSE_SCAN',
  /** The signed, stamped contract: a contract's. */
  SIGNED_CONTRACT: 'SIGNED_CONTRACT',
  /** A photo taken at a handover: a handover's. */
  HANDOVER_PHOTO: 'HANDOVER_PHOTO',
  /** A photo attached to an inquiry: an inquiry's. */
  INQUIRY_PHOTO: 'INQUIRY_PHOTO',
} as const;
export type DocumentKind = (typeof DocumentKind)[keyof typeof DocumentKind];

/** The record a document of each kind is attached to. */
export type DocumentOwner = 'COMPANY' | 'CONTRACT' | 'HANDOVER' | 'INQUIRY';

export const DOCUMENT_OWNER: Record<DocumentKind, DocumentOwner> = {
  SECURITY_LICENSE_SCAN: 'COMPANY',
  BUSINESS_LICENSE_SCAN: 'COMPANY',
  SIGNED_CONTRACT: 'CONTRACT',
  HANDOVER_PHOTO: 'HANDOVER',
  INQUIRY_PHOTO: 'INQUIRY',
};

/** The largest file accepted: 10 MB. */
export const DOCUMENT_MAX_BYTES = 10 * 1024 * 1024;

/** The only types stored, as sniffed from the bytes (never as the browser claims). */
export const DOCUMENT_TYPES = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
} as const;
export type DocumentType = keyof typeof DOCUMENT_TYPES;

const { COMPANY_ADMIN: ADMIN, DUTY_SUPERVISOR: SUPERVISOR, GUARD } = Role;

/**
 * Company roles that may attach (and read) each kind, as for the record it belongs to: the
 * licences and the signed contract are the office's papers, photos anyone on post takes.
 */
export const DOCUMENT_ROLES: Record<DocumentKind, readonly Role[]> = {
  SECURITY_LICENSE_SCAN: [ADMIN],
  BUSINESS_LICENSE_SCAN: [ADMIN],
  SIGNED_CONTRACT: [ADMIN, SUPERVISOR],
  HANDOVER_PHOTO: [ADMIN, SUPERVISOR, GUARD],
  INQUIRY_PHOTO: [ADMIN, SUPERVISOR, GUARD],
};

/** The kinds a filing freezes with its dossier: the licence scans and the signed contract. */
export const DOSSIER_DOCUMENT_KINDS: readonly DocumentKind[] = [
  DocumentKind.SECURITY_LICENSE_SCAN,
  DocumentKind.BUSINESS_LICENSE_SCAN,
  DocumentKind.SIGNED_CONTRACT,
];

export const isDocumentKind = (value: unknown): value is DocumentKind =>
  typeof value === 'string' && Object.hasOwn(DocumentKind, value);

/**
 * Refuses a file that is empty, over 10 MB, or not a PDF, JPEG or PNG by its bytes
 * (`sniffed` is the type found in them, null when none was). Problems name the field `file`.
 */
export function assertDocumentAcceptable(
  sniffed: string | null,
  size: number,
  truncated = false,
): DocumentType {
  if (truncated || size > DOCUMENT_MAX_BYTES) {
    throw fieldError('file', 'FILE_TOO_LARGE', { maxMb: DOCUMENT_MAX_BYTES / 1024 / 1024 });
  }
  if (size === 0) throw fieldError('file', 'FILE_EMPTY');
  if (!sniffed || !Object.hasOwn(DOCUMENT_TYPES, sniffed)) {
    throw fieldError('file', 'FILE_TYPE_NOT_ALLOWED', { allowed: 'PDF, JPEG, PNG' });
  }
  return sniffed as DocumentType;
}

/**
 * A file name safe to store and to send back in Content-Disposition: no path, no control
 * characters, at most 120 characters, with the extension of the type found in the bytes.
 */
export function documentFileName(name: string | null | undefined, type: DocumentType): string {
  const base = (name ?? '').split(/[\\/]/).pop() ?? '';
  const clean = base.replace(/[\u0000-\u001f\u007f"<>|:*?]/g, '').trim();
  const stem = clean.replace(/\.[^.]*$/, '').slice(0, 110) || 'document';
  return `${stem}.${DOCUMENT_TYPES[type]}`;
}
