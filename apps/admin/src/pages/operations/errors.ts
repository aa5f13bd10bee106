import { toApiError } from '@cqss/api-client';
import { formatError } from '@cqss/ui';

type Translate = (key: string, params?: Record<string, unknown>) => string;
type Exists = (key: string) => boolean;

/**
 * A request error in the user's language; a rule's `reason` (NOT_ON_DUTY, APPROVAL_REQUIRED…)
 * says more than its code, so it wins when translated.
 */
export function explainError(error: unknown, t: Translate, te: Exists): string {
  const e = toApiError(error);
  const reason = e.params.reason;
  if (typeof reason === 'string' && te(`ops.reasons.${reason}`))
    return t(`ops.reasons.${reason}`, e.params);
  return formatError(error, t);
}

/**
 * Field messages of a BAD_USER_INPUT error for the fields a form shows (`known`), in the
 * user's language: the rule's reason, or `<prefix>.<field>`, when translated (server messages
 * are English), else the server's own words. Empty when none of them is concerned: show the
 * error as a whole then.
 */
export function fieldErrors(
  error: unknown,
  t: Translate,
  te: Exists,
  prefix: string,
  known: readonly string[],
): Record<string, string> {
  const e = toApiError(error);
  if (e.code !== 'BAD_USER_INPUT' && e.code !== 'NOT_AN_ANSWER') return {};
  const out: Record<string, string> = {};
  const say = (field: string, fallback: string) => {
    if (!known.includes(field)) return;
    const reason = typeof e.params.reason === 'string' ? e.params.reason : null;
    if (reason && te(`ops.reasons.${reason}`)) out[field] = t(`ops.reasons.${reason}`, e.params);
    else if (te(`${prefix}.${field}`)) out[field] = t(`${prefix}.${field}`);
    else out[field] = fallback;
  };
  for (const [field, messages] of Object.entries(e.fields)) say(field, messages.join(' '));
  if (typeof e.params.field === 'string')
    say(e.params.field, e.code === 'NOT_AN_ANSWER' ? t('errors.NOT_AN_ANSWER') : e.message);
  return out;
}
