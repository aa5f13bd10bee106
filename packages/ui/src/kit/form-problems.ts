import {
  computed,
  inject,
  provide,
  shallowReactive,
  toValue,
  type ComputedRef,
  type InjectionKey,
  type MaybeRefOrGetter,
} from 'vue';
import { useI18n } from 'vue-i18n';
import { fieldProblemsOf, problemText } from './problems';

interface FormProblems {
  /** Field → the translated problem the server found with it. */
  byField: ComputedRef<Record<string, string>>;
  /** Called by each FormField: the fields this form shows. */
  register: (fields: readonly string[]) => () => void;
}

const FORM_PROBLEMS: InjectionKey<FormProblems> = Symbol('cqss-form-problems');

/**
 * Makes a failed save's field problems available to the FormFields below, and says whether the
 * error still needs showing as a whole: it does when no problem is about a field on the form.
 */
export function provideFormProblems(
  error: MaybeRefOrGetter<unknown>,
  options: { fallbackPrefix?: string } = {},
) {
  const { t, te } = useI18n();
  const shown = shallowReactive(new Map<string, number>());
  const problems = computed(() => fieldProblemsOf(toValue(error)));
  // A problem shows at the field on the form it lies within (`items.2.name` at `items`).
  const placeOf = (path: string) =>
    [...shown.keys()]
      .filter((f) => (shown.get(f) ?? 0) > 0 && (path === f || path.startsWith(`${f}.`)))
      .sort((a, b) => b.length - a.length)[0];
  const byField = computed(() => {
    const out: Record<string, string> = {};
    for (const p of problems.value)
      out[placeOf(p.field) ?? p.field] ??= problemText(p, t, te, options.fallbackPrefix);
    return out;
  });
  const register = (fields: readonly string[]) => {
    for (const f of fields) shown.set(f, (shown.get(f) ?? 0) + 1);
    return () => {
      for (const f of fields) shown.set(f, (shown.get(f) ?? 1) - 1);
    };
  };
  provide(FORM_PROBLEMS, { byField, register });
  const unplaced = computed(
    () => Boolean(toValue(error)) && !problems.value.some((p) => placeOf(p.field) !== undefined),
  );
  return { byField, unplaced };
}

export function injectFormProblems(): FormProblems | null {
  return inject(FORM_PROBLEMS, null);
}
