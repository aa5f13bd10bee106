import { toApiError } from '@cqss/api-client';
import { computed, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';

/**
 * The messages of a BAD_USER_INPUT error by input field, in the user's language where the
 * server named the problem (`problems`, or a domain error's `field` + `problem`), else the
 * server's own words. They follow a change of language.
 */
export function useFieldErrors(error: Ref<unknown>) {
  const { t, te } = useI18n();
  const translate = (problem: unknown, fallback: string) =>
    typeof problem === 'string' && te(`fieldProblems.${problem}`)
      ? t(`fieldProblems.${problem}`)
      : fallback;
  return computed<Record<string, string>>(() => {
    if (!error.value) return {};
    const e = toApiError(error.value);
    if (e.code !== 'BAD_USER_INPUT') return {};
    const problems = (e.params.problems ?? {}) as Record<string, unknown>;
    const out: Record<string, string> = {};
    for (const [field, messages] of Object.entries(e.fields))
      out[field] = translate(problems[field], messages[0] ?? '');
    if (typeof e.params.field === 'string')
      out[e.params.field] = translate(e.params.problem, e.message);
    return out;
  });
}
