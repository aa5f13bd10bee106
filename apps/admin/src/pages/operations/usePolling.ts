import { onBeforeUnmount, onMounted } from 'vue';

/** Calls `refresh` every `ms` while the page is shown and the tab visible (others act on the same records). */
export function usePolling(refresh: () => unknown, ms: number): void {
  let timer: ReturnType<typeof setInterval> | undefined;
  onMounted(() => {
    timer = setInterval(() => {
      if (document.visibilityState === 'visible') void refresh();
    }, ms);
  });
  onBeforeUnmount(() => clearInterval(timer));
}
