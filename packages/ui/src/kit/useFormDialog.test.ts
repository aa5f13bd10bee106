// @vitest-environment happy-dom
import { ApiRequestError } from '@cqss/api-client';
import { flushPromises, mount } from '@vue/test-utils';
import { ElInput } from 'element-plus';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h, nextTick, shallowRef } from 'vue';
import { createAppI18n } from '../i18n';
import FormDialog from './FormDialog.vue';
import FormField from './FormField.vue';
import { requiredRule } from './rules';
import { useFormDialog } from './useFormDialog';
import { useFormModel } from './useFormModel';

type Unit = { id: string; name: string; phone: string | null };

function i18n() {
  const i = createAppI18n({ en: { units: { errors: { phone: 'Call us on a real number' } } } });
  i.global.locale.value = 'en';
  return i;
}

// The dialog renders through a teleport: read the document, not the wrapper.
const $ = (selector: string) => document.body.querySelector<HTMLElement>(selector);
const settle = async () => {
  await flushPromises();
  await new Promise((r) => setTimeout(r, 150)); // Element Plus shows a field error after 100 ms
};

/** A unit's dialog as a page writes one, its state from useFormDialog. */
function mountDialog(options: {
  unit?: Unit | null;
  action?: () => Promise<string>;
  opened?: () => void;
}) {
  const done = vi.fn();
  const open = shallowRef(false);
  const unit = shallowRef(options.unit ?? null);
  let state!: ReturnType<typeof setup>;
  function setup() {
    const { t } = i18n().global;
    const { form, reset } = useFormModel(() => ({ name: '', phone: '' }));
    const dialog = useFormDialog(open, {
      model: form,
      rules: { name: [requiredRule(t)] },
      action: options.action ?? (async () => 'u1'),
      opened: () => {
        reset(unit.value);
        options.opened?.();
      },
      done: (id: string) => done(id),
      fallbackPrefix: 'units.errors',
    });
    return { form, dialog };
  }
  const Host = defineComponent(() => {
    state = setup();
    return () =>
      h(FormDialog, { ...state.dialog.value, title: 'Unit', submitTestid: 'save' }, () => [
        h(FormField, { label: 'Name', prop: 'name' }, () =>
          h(ElInput, {
            modelValue: state.form.name,
            'onUpdate:modelValue': (v: string) => (state.form.name = v),
          }),
        ),
        h(FormField, { label: 'Phone', prop: 'phone' }, () => h(ElInput, { modelValue: '' })),
      ]);
  });
  const wrapper = mount(Host, {
    global: { plugins: [i18n()], stubs: { transition: false, 'transition-group': false } },
    attachTo: document.body,
  });
  return { wrapper, open, unit, done, form: () => state.form };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('useFormDialog', () => {
  it('starts the form again on each opening, from the record edited or the blank', async () => {
    const opened = vi.fn();
    const d = mountDialog({ unit: { id: 'u1', name: 'East Gate', phone: null }, opened });
    d.open.value = true;
    await nextTick();
    expect({ ...d.form() }).toEqual({ name: 'East Gate', phone: '' });
    expect(opened).toHaveBeenCalledTimes(1);

    d.form().name = 'typed, then cancelled';
    d.open.value = false;
    d.unit.value = null;
    await nextTick();
    d.open.value = true;
    await nextTick();
    expect({ ...d.form() }).toEqual({ name: '', phone: '' });
    expect(opened).toHaveBeenCalledTimes(2);
  });

  it('gives FormDialog its model and rules, runs the action, then closes with its result', async () => {
    const action = vi.fn(async () => 'u7');
    const d = mountDialog({ action });
    d.open.value = true;
    await settle();
    const props = d.wrapper.findComponent(FormDialog).props();
    expect(props.model).toStrictEqual(d.form());
    expect(Object.keys(props.rules ?? {})).toEqual(['name']);

    d.form().name = 'North Gate';
    $('[data-testid="save"]')!.click();
    await settle();
    expect(action).toHaveBeenCalledTimes(1);
    expect(d.done).toHaveBeenCalledWith('u7');
    expect(d.open.value).toBe(false);
  });

  it("shows the server's field problem in the form's own words, and stays open", async () => {
    const failure = new ApiRequestError({
      code: 'BAD_USER_INPUT',
      message: 'Bad input',
      params: {},
      problems: [{ field: 'phone', code: 'ODD', message: 'phone is odd', params: {} }],
    });
    const d = mountDialog({
      unit: { id: 'u1', name: 'East Gate', phone: 'x' },
      action: () => Promise.reject(failure),
    });
    d.open.value = true;
    await settle();
    $('[data-testid="save"]')!.click();
    await settle();
    expect($('.el-form-item__error')?.textContent?.trim()).toBe('Call us on a real number');
    expect(d.done).not.toHaveBeenCalled();
    expect(d.open.value).toBe(true);
  });
});
