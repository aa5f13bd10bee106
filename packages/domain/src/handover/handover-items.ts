import { fieldError } from '../common/domain-error';

/** One kind of item handed over at a post (keys, radio, torch, logbook…) and how many. */
export interface HandoverItem {
  name: string;
  quantity: number;
}

/** What the incoming guard counted of an item at inspection. */
export interface ItemCount {
  name: string;
  quantity: number;
  note?: string | null;
}

/** An item whose count at inspection differs from what the outgoing guard handed over. */
export interface ItemDiscrepancy {
  name: string;
  expected: number;
  found: number;
  note: string | null;
}

export const HANDOVER_ITEMS_MAX = 50;
export const HANDOVER_ITEM_QUANTITY_MAX = 9999;

/**
 * The items of a handover, names trimmed; BAD_USER_INPUT on `items.<i>.name` or
 * `items.<i>.quantity` (or on `items` for too many rows) for a blank name, a quantity that is not a whole number from 0 to 9999, a name listed
 * twice, or more than 50 rows.
 */
export function assertHandoverItems(
  items: readonly HandoverItem[],
  field = 'items',
): HandoverItem[] {
  if (items.length > HANDOVER_ITEMS_MAX)
    throw fieldError(field, 'TOO_MANY', { max: HANDOVER_ITEMS_MAX });
  const seen = new Set<string>();
  return items.map((item, index) => {
    const name = item.name.trim();
    if (!name) throw fieldError(`${field}.${index}.name`, 'REQUIRED', {}, 'An item needs a name');
    if (
      !Number.isInteger(item.quantity) ||
      item.quantity < 0 ||
      item.quantity > HANDOVER_ITEM_QUANTITY_MAX
    )
      throw fieldError(
        `${field}.${index}.quantity`,
        'OUT_OF_RANGE',
        { min: 0, max: HANDOVER_ITEM_QUANTITY_MAX },
        `The quantity of ${name} must be a whole number from 0 to ${HANDOVER_ITEM_QUANTITY_MAX}`,
      );
    const key = name.toLowerCase();
    if (seen.has(key))
      throw fieldError(`${field}.${index}.name`, 'DUPLICATE', { name }, `${name} is listed twice`);
    seen.add(key);
    return { name, quantity: item.quantity };
  });
}

/**
 * The discrepancies between the items handed over and the incoming guard's count: an item
 * counted differently, an item not counted (found 0 unless counted), and an item counted
 * that was never handed over (expected 0). Same order as the handed-over list, extras last.
 */
export function itemDiscrepancies(
  handedOver: readonly HandoverItem[],
  counted: readonly ItemCount[],
): ItemDiscrepancy[] {
  const checked = assertHandoverItems(counted, 'counts');
  const notes = new Map(counted.map((c) => [c.name.trim().toLowerCase(), c.note?.trim() || null]));
  const found = new Map(checked.map((c) => [c.name.toLowerCase(), c]));
  const out: ItemDiscrepancy[] = [];
  for (const item of handedOver) {
    const key = item.name.toLowerCase();
    const count = found.get(key);
    const qty = count?.quantity ?? 0;
    if (qty !== item.quantity)
      out.push({
        name: item.name,
        expected: item.quantity,
        found: qty,
        note: notes.get(key) ?? null,
      });
    found.delete(key);
  }
  for (const extra of found.values()) {
    if (extra.quantity > 0)
      out.push({
        name: extra.name,
        expected: 0,
        found: extra.quantity,
        note: notes.get(extra.name.toLowerCase()) ?? null,
      });
  }
  return out;
}
