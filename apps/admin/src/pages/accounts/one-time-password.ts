import { passwordProblems } from '@cqss/domain';

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
