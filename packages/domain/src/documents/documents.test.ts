import { describe, expect, it } from 'vitest';
import { DomainError } from '../common/domain-error';
import {
  assertDocumentAcceptable,
  DOCUMENT_MAX_BYTES,
  documentFileName,
  isDocumentKind,
} from './documents';

const problemOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return (e as DomainError).problems[0]?.code;
  }
  return null;
};

describe('assertDocumentAcceptable', () => {
  it.each([
    ['application/pdf', 1000, false, null],
    ['image/jpeg', DOCUMENT_MAX_BYTES, false, null],
    ['image/png', 10, false, null],
    ['image/gif', 10, false, 'FILE_TYPE_NOT_ALLOWED'],
    [null, 10, false, 'FILE_TYPE_NOT_ALLOWED'],
    ['application/pdf', DOCUMENT_MAX_BYTES + 1, false, 'FILE_TOO_LARGE'],
    ['application/pdf', 100, true, 'FILE_TOO_LARGE'],
    ['application/pdf', 0, false, 'FILE_EMPTY'],
  ])('%s of %i bytes (truncated %s): %s', (type, size, truncated, code) => {
    expect(problemOf(() => assertDocumentAcceptable(type, size, truncated))).toBe(code);
  });
});

describe('documentFileName', () => {
  it.each([
    ['../../etc/营业执照.PDF', 'application/pdf', '营业执照.pdf'],
    ['C:\\scans\\licence.png', 'image/png', 'licence.png'],
    ['a"b\u0000.exe', 'image/jpeg', 'ab.jpg'],
    ['', 'image/png', 'document.png'],
    [null, 'application/pdf', 'document.pdf'],
  ] as const)('%s as %s → %s', (name, type, expected) => {
    expect(documentFileName(name, type)).toBe(expected);
  });
});

it('knows its kinds', () => {
  expect(isDocumentKind('SIGNED_CONTRACT')).toBe(true);
  expect(isDocumentKind('toString')).toBe(false);
});
