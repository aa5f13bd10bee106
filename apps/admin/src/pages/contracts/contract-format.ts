/** A fee in yuan as the user's language writes money: ¥486,000.00. */
export function formatFee(fee: string, locale: string): string {
  const n = Number(fee);
  if (!Number.isFinite(n)) return fee;
  return new Intl.NumberFormat(locale, { style: 'currency', currency: 'CNY' }).format(n);
}
