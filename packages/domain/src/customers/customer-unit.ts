import { isKnownDivision } from '../divisions/division-names';
import { isValidCreditCode } from '../identity/credit-code';

/** What can be wrong with one field of a customer unit; clients translate the code. */
export const FieldProblem = {
  REQUIRED: 'REQUIRED',
  TOO_LONG: 'TOO_LONG',
  CREDIT_CODE_INVALID: 'CREDIT_CODE_INVALID',
  CREDIT_CODE_TAKEN: 'CREDIT_CODE_TAKEN',
  DIVISION_UNKNOWN: 'DIVISION_UNKNOWN',
  PHONE_INVALID: 'PHONE_INVALID',
  KEY_UNIT_AUTHORITY_REQUIRED: 'KEY_UNIT_AUTHORITY_REQUIRED',
} as const;
export type FieldProblem = (typeof FieldProblem)[keyof typeof FieldProblem];

/** English wording of each problem, for the server's field messages. */
export const FIELD_PROBLEM_MESSAGES: Record<FieldProblem, string> = {
  REQUIRED: 'This field is required',
  TOO_LONG: 'This is too long',
  CREDIT_CODE_INVALID:
    'Not a valid unified social credit code: 18 characters with its check character (GB 32100-2015)',
  CREDIT_CODE_TAKEN: 'A customer unit with this credit code is already registered',
  DIVISION_UNKNOWN: 'Not a known administrative division code (GB/T 2260)',
  PHONE_INVALID: 'Not a valid phone number',
  KEY_UNIT_AUTHORITY_REQUIRED:
    'Name the government (prefecture-level city or above) that determined the key unit',
};

export interface CustomerUnitFields {
  name: string;
  creditCode: string;
  address: string;
  divisionCode: string;
  contactName: string;
  contactPhone: string;
  isKeyUnit: boolean;
  keyUnitAuthority?: string | null;
}

/** Longest accepted text of each field, in characters. */
export const CUSTOMER_UNIT_LIMITS = {
  name: 100,
  address: 200,
  contactName: 50,
  contactPhone: 30,
  keyUnitAuthority: 100,
} as const;

const PHONE = /^\+?[0-9][0-9\- ]{4,28}[0-9]$/;

/** A customer unit as stored: trimmed, credit code upper-case, no authority unless it is a key unit. */
export function normalizeCustomerUnit<T extends CustomerUnitFields>(u: T): T {
  return {
    ...u,
    name: u.name.trim(),
    creditCode: u.creditCode.trim().toUpperCase(),
    address: u.address.trim(),
    divisionCode: u.divisionCode.trim(),
    contactName: u.contactName.trim(),
    contactPhone: u.contactPhone.trim(),
    keyUnitAuthority: u.isKeyUnit ? (u.keyUnitAuthority?.trim() ?? '') : null,
  };
}

/**
 * The problems of a customer unit's fields, one per field (empty when valid): the credit code
 * with its check character, a known division code, a determining authority for a key unit.
 */
export function customerUnitProblems(input: CustomerUnitFields): Record<string, FieldProblem> {
  const u = normalizeCustomerUnit(input);
  const problems: Record<string, FieldProblem> = {};
  const text = (field: keyof typeof CUSTOMER_UNIT_LIMITS, value: string | null | undefined) => {
    if (!value) problems[field] = FieldProblem.REQUIRED;
    else if ([...value].length > CUSTOMER_UNIT_LIMITS[field])
      problems[field] = FieldProblem.TOO_LONG;
  };
  text('name', u.name);
  text('address', u.address);
  text('contactName', u.contactName);
  text('contactPhone', u.contactPhone);
  if (!problems.contactPhone && !PHONE.test(u.contactPhone))
    problems.contactPhone = FieldProblem.PHONE_INVALID;
  if (!u.creditCode) problems.creditCode = FieldProblem.REQUIRED;
  else if (!isValidCreditCode(u.creditCode)) problems.creditCode = FieldProblem.CREDIT_CODE_INVALID;
  if (!u.divisionCode) problems.divisionCode = FieldProblem.REQUIRED;
  else if (!isKnownDivision(u.divisionCode)) problems.divisionCode = FieldProblem.DIVISION_UNKNOWN;
  if (u.isKeyUnit) {
    if (!u.keyUnitAuthority) problems.keyUnitAuthority = FieldProblem.KEY_UNIT_AUTHORITY_REQUIRED;
    else text('keyUnitAuthority', u.keyUnitAuthority);
  }
  return problems;
}
