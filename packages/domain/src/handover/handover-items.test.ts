import { describe, expect, it } from 'vitest';
import { HANDOVER_ITEMS_MAX, assertHandoverItems, itemDiscrepancies } from './handover-items';

const items = [
  { name: '门禁钥匙', quantity: 3 },
  { name: '对讲机', quantity: 2 },
  { name: '值班记录本', quantity: 1 },
];

describe('assertHandoverItems', () => {
  it('trims names and keeps the order', () =>
    expect(assertHandoverItems([{ name: ' 手电筒 ', quantity: 0 }, ...items])).toEqual([
      { name: '手电筒', quantity: 0 },
      ...items,
    ]));

  it.each([
    [[{ name: ' ', quantity: 1 }], 'items.0.name', 'REQUIRED'],
    [[...items, { name: '雨伞', quantity: -1 }], 'items.3.quantity', 'OUT_OF_RANGE'],
    [[{ name: '雨伞', quantity: 1.5 }], 'items.0.quantity', 'OUT_OF_RANGE'],
    [[{ name: '雨伞', quantity: 10_000 }], 'items.0.quantity', 'OUT_OF_RANGE'],
    [[...items, { name: '对讲机 ', quantity: 1 }], 'items.3.name', 'DUPLICATE'],
    [
      [
        { name: 'Radio', quantity: 1 },
        { name: 'radio', quantity: 1 },
      ],
      'items.1.name',
      'DUPLICATE',
    ],
  ])('refuses %j (%s: %s)', (list, field, code) =>
    expect(() => assertHandoverItems(list)).toThrow(
      expect.objectContaining({
        code: 'BAD_USER_INPUT',
        problems: [expect.objectContaining({ field, code })],
      }),
    ),
  );

  it('refuses more rows than a post has', () =>
    expect(() =>
      assertHandoverItems(
        Array.from({ length: HANDOVER_ITEMS_MAX + 1 }, (_, i) => ({
          name: `物品${i}`,
          quantity: 1,
        })),
      ),
    ).toThrow(
      expect.objectContaining({
        problems: [
          expect.objectContaining({ field: 'items', code: 'TOO_MANY', params: { max: 50 } }),
        ],
      }),
    ));
});

describe('itemDiscrepancies', () => {
  it('finds none when everything is there', () =>
    expect(
      itemDiscrepancies(
        items,
        items.map((i) => ({ ...i })),
      ),
    ).toEqual([]));

  it('reports a short count with its note, an uncounted item, and an extra one', () =>
    expect(
      itemDiscrepancies(items, [
        { name: '门禁钥匙', quantity: 2, note: '少一把，3号门钥匙' },
        { name: '值班记录本', quantity: 1 },
        { name: '雨伞', quantity: 1, note: '访客遗留' },
      ]),
    ).toEqual([
      { name: '门禁钥匙', expected: 3, found: 2, note: '少一把，3号门钥匙' },
      { name: '对讲机', expected: 2, found: 0, note: null },
      { name: '雨伞', expected: 0, found: 1, note: '访客遗留' },
    ]));

  it('checks the counts like the items (field counts)', () =>
    expect(() => itemDiscrepancies(items, [{ name: '对讲机', quantity: -2 }])).toThrow(
      expect.objectContaining({
        problems: [expect.objectContaining({ field: 'counts.0.quantity' })],
      }),
    ));
});
