/** A FilterSelect's value as a query variable: "all of them" (`ALL`) filters nothing (null). */
export const chosen = <T extends string>(value: T | 'ALL'): T | null =>
  value === 'ALL' ? null : (value as T);

/**
 * A filter bar's period of days (a `daterange` picker's value) as the instants it covers in the
 * user's calendar, its last day included: `from` its first midnight, `to` the midnight after.
 */
export function rangeVariables(range: readonly [Date, Date] | null) {
  const [from, to] = range ?? [null, null];
  return {
    from: from ? from.toISOString() : null,
    to: to ? new Date(to.getTime() + 86_400_000).toISOString() : null,
  };
}
