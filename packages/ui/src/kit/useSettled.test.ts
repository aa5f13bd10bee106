import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { effectScope, nextTick, reactive, shallowRef } from 'vue';
import { useSettled } from './useSettled';

describe('useSettled', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('takes the value once typing has paused for the delay, not on every key', async () => {
    const text = shallowRef('');
    const scope = effectScope();
    const settled = scope.run(() => useSettled(text, 300))!;
    for (const typed of ['g', 'gu', 'gua']) {
      text.value = typed;
      await nextTick();
      vi.advanceTimersByTime(200);
    }
    expect(settled.value).toBe('');
    vi.advanceTimersByTime(100);
    expect(settled.value).toBe('gua');
    scope.stop();
  });

  it('follows a change deep inside what the source gives, when asked to', async () => {
    const form = reactive({ services: [] as string[], description: '' });
    const scope = effectScope();
    const settled = scope.run(() =>
      useSettled(() => ({ services: form.services, description: form.description }), 300, {
        deep: true,
      }),
    )!;
    form.services.push('PATROL');
    await nextTick();
    vi.advanceTimersByTime(300);
    expect(settled.value.services).toEqual(['PATROL']);
    scope.stop();
  });

  it('drops a pending value when its scope ends', async () => {
    const text = shallowRef('');
    const scope = effectScope();
    const settled = scope.run(() => useSettled(text, 300))!;
    text.value = 'gua';
    await nextTick();
    scope.stop();
    vi.advanceTimersByTime(300);
    expect(settled.value).toBe('');
  });
});
