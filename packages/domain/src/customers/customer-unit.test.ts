import { describe, expect, it } from 'vitest';
import { creditCodeCheckChar } from '../identity/credit-code';
import {
  customerUnitProblems,
  normalizeCustomerUnit,
  type CustomerUnitFields,
} from './customer-unit';

const first17 = '91500103MA5U7XXX0';
const code = first17 + creditCodeCheckChar(first17);
const valid: CustomerUnitFields = {
  name: '重庆市渝中区人民医院',
  creditCode: code,
  address: '重庆市渝中区健康路1号',
  divisionCode: '500103',
  contactName: '周主任',
  contactPhone: '023-63001234',
  isKeyUnit: false,
  keyUnitAuthority: null,
};

/** Field → problem code, to read the table below at a glance. */
const codes = (unit: CustomerUnitFields) =>
  Object.fromEntries(customerUnitProblems(unit).map((p) => [p.field, p.code]));

describe('customerUnitProblems', () => {
  it('has none for a valid unit', () => expect(customerUnitProblems(valid)).toEqual([]));

  it('accepts a lower-case credit code with spaces around it', () =>
    expect(codes({ ...valid, creditCode: ` ${code.toLowerCase()} ` })).toEqual({}));

  it.each([
    [{ creditCode: '' }, { creditCode: 'REQUIRED' }],
    [
      { creditCode: first17 + (code[17] === '0' ? '1' : '0') },
      { creditCode: 'CREDIT_CODE_INVALID' },
    ],
    [{ creditCode: code.slice(0, 17) }, { creditCode: 'CREDIT_CODE_INVALID' }],
    [{ divisionCode: '999999' }, { divisionCode: 'DIVISION_UNKNOWN' }],
    [{ divisionCode: '' }, { divisionCode: 'REQUIRED' }],
    [{ name: '   ' }, { name: 'REQUIRED' }],
    [{ name: '院'.repeat(101) }, { name: 'TOO_LONG' }],
    [{ contactPhone: 'call me' }, { contactPhone: 'PHONE_INVALID' }],
    [
      { isKeyUnit: true, keyUnitAuthority: ' ' },
      { keyUnitAuthority: 'KEY_UNIT_AUTHORITY_REQUIRED' },
    ],
    [{ isKeyUnit: true, keyUnitAuthority: '重庆市人民政府' }, {}],
    [{ isKeyUnit: false, keyUnitAuthority: '' }, {}],
  ])('%j → %j', (change, problems) => expect(codes({ ...valid, ...change })).toEqual(problems));

  it('says how long a field may be, in its params and its English message', () =>
    expect(customerUnitProblems({ ...valid, address: '路'.repeat(201) })).toEqual([
      {
        field: 'address',
        code: 'TOO_LONG',
        message: 'At most 200 characters',
        params: { max: 200 },
      },
    ]));

  it.each(['13800001234', '+86 138 0000 1234', '023-63001234'])('accepts the phone %s', (phone) =>
    expect(codes({ ...valid, contactPhone: phone })).toEqual({}),
  );
});

describe('normalizeCustomerUnit', () => {
  it('trims, upper-cases the credit code and drops the authority of a unit that is not a key unit', () =>
    expect(
      normalizeCustomerUnit({
        ...valid,
        name: ' 医院 ',
        creditCode: code.toLowerCase(),
        keyUnitAuthority: '某政府',
      }),
    ).toMatchObject({ name: '医院', creditCode: code, keyUnitAuthority: null }));
});
