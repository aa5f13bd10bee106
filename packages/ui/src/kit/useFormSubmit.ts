import type { FormInstance } from 'element-plus';
import { shallowRef, toValue, type MaybeRefOrGetter } from 'vue';
import { provideFormProblems } from './form-problems';

/**
 * What a kit form does on submit, in a dialog or on a page: it validates the form's rules, runs
 * the action while `busy`, and keeps a failure in `failure` for the FormFields below to place
 * (what names none of them is `unplaced`, to show above the form).
 */
export function useFormSubmit(
  /** The form to validate (none: nothing to validate). */
  form: MaybeRefOrGetter<FormInstance | null>,
  options: { fallbackPrefix?: string } = {},
) {
  const busy = shallowRef(false);
  const failure = shallowRef<unknown>(null);
  const { unplaced } = provideFormProblems(failure, options);

  /** The action's result once it has worked; null when the form, `proceed` or the action stopped it. */
  async function run<R>(
    action: () => Promise<R>,
    proceed: () => boolean = () => true,
  ): Promise<{ result: R } | null> {
    if (busy.value) return null;
    // Busy from the first click: a second one while the rules are checked must not submit again.
    busy.value = true;
    try {
      const validated = toValue(form);
      if (validated && !(await validated.validate().catch(() => false))) return null;
      if (!proceed()) return null;
      failure.value = null;
      return { result: await action() };
    } catch (error) {
      failure.value = error;
      return null;
    } finally {
      busy.value = false;
    }
  }

  return { busy, failure, unplaced, run };
}
