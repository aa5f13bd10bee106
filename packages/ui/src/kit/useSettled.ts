import {
  onScopeDispose,
  shallowRef,
  toValue,
  watch,
  type MaybeRefOrGetter,
  type WatchSource,
} from 'vue';

/**
 * `source`'s value once it has stopped changing for `delay` ms (typing paused): what a search box
 * or a live check asks the server for. Starts at the source's current value.
 */
export function useSettled<T>(
  source: WatchSource<T>,
  delay: MaybeRefOrGetter<number>,
  options: { deep?: boolean } = {},
) {
  const settled = shallowRef<T>(
    typeof source === 'function' ? (source as () => T)() : source.value,
  );
  let timer: ReturnType<typeof setTimeout> | undefined;
  watch(
    source,
    (value) => {
      clearTimeout(timer);
      timer = setTimeout(() => (settled.value = value), toValue(delay));
    },
    { deep: options.deep },
  );
  onScopeDispose(() => clearTimeout(timer));
  return settled;
}
