import type { FormRules } from 'element-plus';
import { computed, toValue, type MaybeRefOrGetter, type Ref } from 'vue';

export interface FormDialogOptions<R> {
  /** The form's values (useFormModel's `form`); none for a dialog without rules. */
  model?: object;
  rules?: MaybeRefOrGetter<FormRules | undefined>;
  /** What submit does once the rules hold; its result goes to `done`. */
  action: () => Promise<R>;
  /** On each opening: start the form again (useFormModel's `reset`, from the record edited). */
  opened?: () => void;
  /** Once the action has worked, with its result, as the dialog closes. */
  done?: (result: R) => void;
  /** The form's own words for a field the server names without a translatable code. */
  fallbackPrefix?: string;
}

/**
 * A form dialog's state as one object to `v-bind` into FormDialog: whether it is open, its
 * model, rules and action, what it does on opening and with the action's result. The template
 * adds what it shows (the title, the buttons' words, the fields).
 */
export function useFormDialog<R>(open: Ref<boolean>, options: FormDialogOptions<R>) {
  const setOpen = (value: boolean) => (open.value = value);
  const onOpen = () => options.opened?.();
  // FormDialog hands its action's result over untyped: it is this action's.
  const onDone = (result: unknown) => options.done?.(result as R);
  return computed(() => ({
    open: open.value,
    'onUpdate:open': setOpen,
    model: options.model as Record<string, unknown> | undefined,
    rules: toValue(options.rules),
    action: options.action,
    fallbackPrefix: options.fallbackPrefix,
    onOpen,
    onDone,
  }));
}
