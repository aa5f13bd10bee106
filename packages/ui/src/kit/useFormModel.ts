import { reactive } from 'vue';

/**
 * A form's model: the `blank()` values, and `reset(record)` to start again from them (when a
 * dialog opens), taking for each field the record's value of the same name where it has one.
 */
export function useFormModel<T extends object>(blank: () => T) {
  const form = reactive(blank());
  function reset(record?: { [K in keyof T]?: unknown } | null) {
    const values = blank();
    if (record)
      for (const key of Object.keys(values) as (keyof T)[])
        values[key] = (record[key] ?? values[key]) as T[keyof T];
    Object.assign(form, values);
  }
  return { form, reset };
}
