import { describe, expect, it } from 'vitest';
import { variableProblem } from './validation-problems';

describe('variableProblem', () => {
  it.each([
    [
      'Variable "$input" got invalid value "PIZZA" at "input.tags[0]"; Value "PIZZA" does not exist in "FeedbackTag" enum.',
      { field: 'tags.0', code: 'NOT_ALLOWED' },
    ],
    [
      'Variable "$input" got invalid value "x" at "input.n"; Int cannot represent non-integer value: "x"',
      { field: 'n', code: 'NOT_INTEGER' },
    ],
    [
      'Variable "$input" got invalid value { n: 1 }; Field "x" of required type "String!" was not provided.',
      { field: 'x', code: 'REQUIRED' },
    ],
    [
      'Variable "$input" got invalid value { name: 1 } at "input.items[2]"; Field "name" of required type "String!" was not provided.',
      { field: 'items.2.name', code: 'REQUIRED' },
    ],
    ['Variable "$id" of required type "ID!" was not provided.', { field: 'id', code: 'REQUIRED' }],
    [
      'Variable "$first" got invalid value "x"; Int cannot represent non-integer value: "x"',
      { field: 'first', code: 'NOT_INTEGER' },
    ],
    [
      'Variable "$input" got invalid value { zz: 1 }; Field "zz" is not defined by type "I".',
      { field: 'zz', code: 'INVALID' },
    ],
  ])('%s', (message, expected) => expect(variableProblem(message)).toMatchObject(expected));

  it('is null for any other message', () => expect(variableProblem('Something else')).toBeNull());
});
