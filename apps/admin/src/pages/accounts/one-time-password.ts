import { PASSWORD_LIMITS, passwordProblems } from '@cqss/domain';

// No 0/O, 1/l/I: read off a screen and typed on a phone.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A one-time password to hand over, four groups of four (about 92 bits), good by the rule. */
export function suggestPassword(username: string): string {
  for (;;) {
    const bytes = crypto.getRandomValues(new Uint32Array(16));
    const chars = [...bytes].map((n) => ALPHABET[n % ALPHABET.length]);
    const password = [0, 4, 8, 12].map((i) => chars.slice(i, i + 4).join('')).join('-');
    if (!passwordProblems(password, username, 'initialPassword').length) return password;
  }
}

type Translate = (key: string, params?: Record<string, unknown>) => string;

/** The form rules of a one-time password: given, and as long as the rule says. */
export const initialPasswordRules = (t: Translate) => [
  { required: true, message: t('problems.REQUIRED') },
  { min: PASSWORD_LIMITS.min, message: t('problems.TOO_SHORT', { min: PASSWORD_LIMITS.min }) },
];
