import { shallowRef, type ShallowRef } from 'vue';

/**
 * A dialog about one thing (the row to edit, the day to add a shift to): `show(subject)` sets
 * what it is about and opens it; `open` is the dialog's `v-model:open`.
 */
export function useDialogFor<S>(initial: S) {
  const open = shallowRef(false);
  const subject = shallowRef(initial) as ShallowRef<S>;
  function show(about: S) {
    subject.value = about;
    open.value = true;
  }
  return { open, subject, show };
}
