import { OwnershipType } from '../common/enums';
import { fieldProblem, type FieldProblem } from '../common/field-problem';
import { isKnownDivision } from '../divisions/division-names';
import { isValidCreditCode } from '../identity/credit-code';

export interface NewCompanyFields {
  name: string;
  ownershipType: string;
  homeDivisionCode: string;
  securityLicenseNo: string;
  businessLicenseNo: string;
  licenseExpiresOn?: string | null;
}

const text = (problems: FieldProblem[], field: string, value: string, max: number) => {
  const v = value.trim();
  if (!v) problems.push(fieldProblem(field, 'REQUIRED'));
  else if ([...v].length > max) problems.push(fieldProblem(field, 'TOO_LONG', { max }));
};

/**
 * The problems of a company the operator registers (empty when it may be): a name, a kind of
 * ownership, a known home division, the security service licence number and the business
 * licence's unified social credit code with its check character.
 */
export function newCompanyProblems(input: NewCompanyFields): FieldProblem[] {
  const problems: FieldProblem[] = [];
  text(problems, 'name', input.name, 100);
  if (!(Object.values(OwnershipType) as string[]).includes(input.ownershipType))
    problems.push(fieldProblem('ownershipType', 'NOT_ALLOWED'));
  if (!isKnownDivision(input.homeDivisionCode.trim()))
    problems.push(fieldProblem('homeDivisionCode', 'DIVISION_UNKNOWN'));
  text(problems, 'securityLicenseNo', input.securityLicenseNo, 60);
  if (!isValidCreditCode(input.businessLicenseNo.trim().toUpperCase()))
    problems.push(fieldProblem('businessLicenseNo', 'CREDIT_CODE_INVALID'));
  if (input.licenseExpiresOn && !/^\d{4}-\d{2}-\d{2}$/.test(input.licenseExpiresOn))
    problems.push(fieldProblem('licenseExpiresOn', 'DATE_INVALID'));
  return problems;
}

/** The problems of a police organ the operator registers: a name and a known jurisdiction. */
export function newOrganProblems(input: { name: string; divisionCode: string }): FieldProblem[] {
  const problems: FieldProblem[] = [];
  text(problems, 'name', input.name, 100);
  if (!isKnownDivision(input.divisionCode.trim()))
    problems.push(fieldProblem('divisionCode', 'DIVISION_UNKNOWN'));
  return problems;
}
