import { isKnownDivision } from '../divisions/division-names';
import { fieldProblem, type FieldProblem, type ProblemCode } from '../common/field-problem';
import { isValidCreditCode } from '../identity/credit-code';
import { isValidPhone } from '../common/phone';

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
 * The problems of a customer unit's fields, at most one per field (empty when valid): the
 * credit code with its check character, a known division code, a phone number, a determining
 * authority for a key unit.
 */
export function customerUnitProblems(input: CustomerUnitFields): FieldProblem[] {
  const u = normalizeCustomerUnit(input);
  const problems: FieldProblem[] = [];
  const add = (field: string, code: ProblemCode, params?: { max: number }) =>
    problems.push(fieldProblem(field, code, params));
  const text = (field: keyof typeof CUSTOMER_UNIT_LIMITS, value: string | null | undefined) => {
    if (!value) add(field, 'REQUIRED');
    else if ([...value].length > CUSTOMER_UNIT_LIMITS[field])
      add(field, 'TOO_LONG', { max: CUSTOMER_UNIT_LIMITS[field] });
    else return true;
    return false;
  };
  text('name', u.name);
  text('address', u.address);
  text('contactName', u.contactName);
  if (text('contactPhone', u.contactPhone) && !isValidPhone(u.contactPhone))
    add('contactPhone', 'PHONE_INVALID');
  if (!u.creditCode) add('creditCode', 'REQUIRED');
  else if (!isValidCreditCode(u.creditCode)) add('creditCode', 'CREDIT_CODE_INVALID');
  if (!u.divisionCode) add('divisionCode', 'REQUIRED');
  else if (!isKnownDivision(u.divisionCode)) add('divisionCode', 'DIVISION_UNKNOWN');
  if (u.isKeyUnit) {
    if (!u.keyUnitAuthority) add('keyUnitAuthority', 'KEY_UNIT_AUTHORITY_REQUIRED');
    else text('keyUnitAuthority', u.keyUnitAuthority);
  }
  return problems;
}
