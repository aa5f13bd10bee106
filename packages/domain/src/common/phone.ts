/**
 * The one phone-number rule, for guards and customer units alike, on server and form: digits as
 * people write them, with an optional leading `+`, spaces, hyphens and an area code in
 * parentheses — `13800001001`, `023-6388 1234`, `(023) 6388 1234`, `+86 138 0000 1001`. At
 * least six characters from the first digit to the last; how long a field may be is the
 * field's own limit.
 */
export const PHONE_PATTERN = /^\+?(\(\d{2,5}\) ?)?\d[\d\- ]{4,28}\d$/;

/** Whether `value` (trimmed) is a phone number by {@link PHONE_PATTERN}. */
export function isValidPhone(value: string): boolean {
  return PHONE_PATTERN.test(value.trim());
}
