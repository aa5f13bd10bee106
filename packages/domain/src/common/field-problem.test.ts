import { describe, expect, it } from 'vitest';
import { DomainError, fieldError, invalidInput } from './domain-error';
import { PROBLEM_CODES, fieldProblem, fillMessage } from './field-problem';

describe('fieldProblem', () => {
  it('words the code in English with its params filled in', () =>
    expect(fieldProblem('name', 'TOO_LONG', { max: 100 })).toEqual({
      field: 'name',
      code: 'TOO_LONG',
      message: 'At most 100 characters',
      params: { max: 100 },
    }));

  it('keeps a precise message and leaves out empty params', () =>
    expect(fieldProblem('note', 'REQUIRED', {}, 'Say why')).toEqual({
      field: 'note',
      code: 'REQUIRED',
      message: 'Say why',
    }));

  it('leaves a placeholder without a value as it is', () =>
    expect(fillMessage('At most {max} of {what}', { max: 3 })).toBe('At most 3 of {what}'));

  it('has a message for every code, and the codes are the upper-case names', () => {
    for (const code of PROBLEM_CODES) {
      expect(code).toMatch(/^[A-Z][A-Z_]+$/);
      expect(fieldProblem('f', code).message.length).toBeGreaterThan(3);
    }
  });
});

describe('invalidInput and fieldError', () => {
  it('make one BAD_USER_INPUT whose message is the only problem', () => {
    const error = fieldError('endsOn', 'ENDS_BEFORE_START');
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: 'The end comes before the start',
      params: {},
      problems: [{ field: 'endsOn', code: 'ENDS_BEFORE_START' }],
    });
  });

  it('say "Some fields are not valid" over several problems', () =>
    expect(
      invalidInput([fieldProblem('a', 'REQUIRED'), fieldProblem('b', 'REQUIRED')]).message,
    ).toBe('Some fields are not valid'));
});
