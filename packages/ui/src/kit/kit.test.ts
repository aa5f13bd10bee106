// @vitest-environment happy-dom
/* eslint-disable vue/one-component-per-file -- test hosts */
import { ApiRequestError, type CursorList } from '@cqss/api-client';
import { flushPromises, mount } from '@vue/test-utils';
import { ElInput, ElMessage, ElMessageBox, ElTableColumn, type FormInstance } from 'element-plus';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { computed, defineComponent, h, reactive, shallowRef } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import { createAppI18n } from '../i18n';
import FormDialog from './FormDialog.vue';
import FormField from './FormField.vue';
import ListPage from './ListPage.vue';
import PageForm from './PageForm.vue';
import { fieldProblemsOf } from './problems';
import { periodRule, requiredRule } from './rules';
import { useAction } from './useAction';
import { useFormSubmit } from './useFormSubmit';

function plugins() {
  const i18n = createAppI18n({ en: { test: { nameHelp: 'Name the unit' } } });
  i18n.global.locale.value = 'en';
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/', component: { render: () => null } }],
  });
  return [i18n, router];
}

/** A BAD_USER_INPUT answer with problems given as field → [code, message]. */
const badInput = (problems: Record<string, [string, string]>) =>
  new ApiRequestError({
    code: 'BAD_USER_INPUT',
    message: 'Bad input',
    params: {},
    problems: Object.entries(problems).map(([field, [code, message]]) => ({
      field,
      code,
      message,
      params: {},
    })),
  });

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

/** A cursor list as the kit sees it, driven by hand. */
function fakeList(pages: { id: string; name: string }[][]) {
  let loaded = 1;
  const version = shallowRef(0);
  const list: CursorList<{ id: string; name: string }> = {
    nodes: computed(() => (version.value, pages.slice(0, loaded).flat())),
    loading: shallowRef(false),
    error: shallowRef(undefined),
    hasMore: computed(() => (version.value, loaded < pages.length)),
    loadingMore: shallowRef(false),
    moreError: shallowRef(null),
    loadMore: async () => {
      loaded += 1;
      version.value += 1;
    },
    refetch: async () => undefined,
  };
  return list;
}

describe('ListPage', () => {
  const columns = () => h(ElTableColumn, { prop: 'name', label: 'Name' });

  it('pages to the end and then says that is all', async () => {
    const list = fakeList([[{ id: '1', name: 'A' }], [{ id: '2', name: 'B' }]]);
    const wrapper = mount(ListPage, {
      props: { title: 'Units', list, emptyText: 'None yet' },
      slots: { default: columns },
      global: { plugins: plugins() },
    });
    await flushPromises();
    expect(wrapper.find('[data-testid="page-title"]').text()).toBe('Units');
    expect(wrapper.find('[data-testid="list-count"]').text()).toBe('1 shown');
    await wrapper.find('[data-testid="load-more"]').trigger('click');
    await flushPromises();
    expect(wrapper.text()).toContain('B');
    expect(wrapper.find('[data-testid="load-more"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="list-end"]').text()).toBe('That is all');
  });

  it('says nothing matches when filters are set, and what to do when there is nothing yet', async () => {
    const list = fakeList([[]]);
    const wrapper = mount(ListPage, {
      props: { title: 'Units', list, emptyText: 'None yet', noMatchText: 'No match' },
      slots: { default: columns },
      global: { plugins: plugins() },
    });
    await flushPromises();
    expect(wrapper.text()).toContain('None yet');
    await wrapper.setProps({ filtered: true });
    expect(wrapper.text()).toContain('No match');
    expect(wrapper.find('[data-testid="list-footer"]').exists()).toBe(false);
  });

  it('shows a failed first page with a retry', async () => {
    const list = fakeList([[]]);
    list.error.value = new ApiRequestError({
      code: 'NETWORK_ERROR',
      message: 'down',
      params: {},
      problems: [],
    });
    const refetch = vi.spyOn(list, 'refetch');
    const wrapper = mount(ListPage, {
      props: { title: 'Units', list },
      slots: { default: columns },
      global: { plugins: plugins() },
    });
    await flushPromises();
    const error = wrapper.find('[data-testid="query-error"]');
    expect(error.text()).toContain('Cannot reach the server');
    await error.find('button').trigger('click');
    expect(refetch).toHaveBeenCalled();
  });
});

describe('FormDialog', () => {
  // The dialog renders through a teleport: read the document, not the wrapper.
  const $ = (selector: string) => document.body.querySelector<HTMLElement>(selector);
  const texts = (selector: string) =>
    [...document.body.querySelectorAll(selector)].map((e) => e.textContent?.trim());
  const click = async (selector: string) => {
    $(selector)!.click();
    await flushPromises();
    await new Promise((r) => setTimeout(r, 150)); // Element Plus shows a field error after 100 ms
  };

  const Host = defineComponent({
    props: {
      action: { type: Function, required: true },
      success: { type: String, default: undefined },
    },
    emits: ['done'],
    setup(props, { emit }) {
      const form = reactive({ name: '', phone: '' });
      const open = shallowRef(true);
      return () =>
        h(
          FormDialog,
          {
            title: 'New unit',
            open: open.value,
            'onUpdate:open': (v: boolean) => (open.value = v),
            model: form,
            action: props.action as () => Promise<unknown>,
            submitTestid: 'save',
            success: props.success,
            onDone: (r: unknown) => emit('done', r),
          },
          () => [
            h(FormField, { label: 'Name', prop: 'name' }, () => h(ElInput, { modelValue: '' })),
            h(FormField, { label: 'Phone', prop: 'phone' }, () => h(ElInput, { modelValue: '' })),
          ],
        );
    },
  });

  it('shows a field problem beside its field, translated by its code', async () => {
    const action = vi
      .fn()
      .mockRejectedValue(badInput({ phone: ['PHONE_INVALID', 'phone must be valid'] }));
    mount(Host, {
      props: { action },
      global: { plugins: plugins(), stubs: { transition: false, 'transition-group': false } },
      attachTo: document.body,
    });
    await flushPromises();
    await click('[data-testid="save"]');
    await flushPromises();
    const errors = texts('.el-form-item__error');
    expect(errors).toEqual(['Not a valid phone number']);
    expect(!!$('[data-testid="action-error"]')).toBe(false);
  });

  it('shows a problem within a field (a list item of it) beside that field', async () => {
    const action = vi
      .fn()
      .mockRejectedValue(badInput({ 'phone.0': ['PHONE_INVALID', 'phone must be valid'] }));
    mount(Host, {
      props: { action },
      global: { plugins: plugins(), stubs: { transition: false, 'transition-group': false } },
      attachTo: document.body,
    });
    await flushPromises();
    await click('[data-testid="save"]');
    await flushPromises();
    expect(texts('.el-form-item__error')).toEqual(['Not a valid phone number']);
    expect(!!$('[data-testid="action-error"]')).toBe(false);
  });

  it('shows an error about no field on the form above it, and the server words when untranslated', async () => {
    const action = vi
      .fn()
      .mockRejectedValueOnce(badInput({ other: ['ODD', 'nope'] }))
      .mockRejectedValueOnce(badInput({ name: ['ODD', 'name is odd'] }));
    mount(Host, {
      props: { action },
      global: { plugins: plugins(), stubs: { transition: false, 'transition-group': false } },
      attachTo: document.body,
    });
    await flushPromises();
    await click('[data-testid="save"]');
    await flushPromises();
    expect($('[data-testid="action-error"]')?.textContent).toContain('Some fields are not valid');
    await click('[data-testid="save"]');
    await flushPromises();
    expect(!!$('[data-testid="action-error"]')).toBe(false);
    expect($('.el-form-item__error')?.textContent?.trim()).toBe('name is odd');
  });

  it('is busy while saving, then closes and hands over the result', async () => {
    let finish!: (v: string) => void;
    const action = vi.fn(() => new Promise<string>((resolve) => (finish = resolve)));
    const wrapper = mount(Host, {
      props: { action },
      global: { plugins: plugins(), stubs: { transition: false, 'transition-group': false } },
      attachTo: document.body,
    });
    await flushPromises();
    await click('[data-testid="save"]');
    await flushPromises();
    expect([...$('[data-testid="save"]')!.classList]).toContain('is-loading');
    await click('[data-testid="save"]'); // a second click does nothing
    expect(action).toHaveBeenCalledTimes(1);
    finish('saved-id');
    await flushPromises();
    expect(wrapper.emitted('done')).toEqual([['saved-id']]);
    expect(wrapper.findComponent(FormDialog).props('open')).toBe(false);
  });

  it('says its success once the action has worked', async () => {
    const toast = vi.spyOn(ElMessage, 'success').mockImplementation(() => ({ close() {} }));
    mount(Host, {
      props: { action: vi.fn().mockResolvedValue('ok'), success: 'Saved' },
      global: { plugins: plugins(), stubs: { transition: false, 'transition-group': false } },
      attachTo: document.body,
    });
    await flushPromises();
    await click('[data-testid="save"]');
    expect(toast).toHaveBeenCalledWith('Saved');
  });
});

describe('PageForm', () => {
  const Host = defineComponent({
    props: { action: { type: Function, required: true } },
    emits: ['cancel'],
    setup(props, { emit }) {
      const form = reactive({ name: '', term: [] as string[] });
      return () =>
        h(
          PageForm,
          {
            model: form,
            rules: { name: [requiredRule((k) => k, 'blur')], term: [periodRule((k) => k)] },
            action: props.action as () => Promise<unknown>,
            submitTestid: 'save',
            onCancel: () => emit('cancel'),
          },
          () => [
            h(FormField, { label: 'Name', prop: 'name' }, () =>
              h(ElInput, {
                modelValue: form.name,
                'onUpdate:modelValue': (v: string) => (form.name = v),
              }),
            ),
            h(FormField, { label: 'Term', prop: 'term' }, () => h('span')),
          ],
        );
    },
  });
  const mountHost = (action: () => Promise<unknown>) =>
    mount(Host, { props: { action }, global: { plugins: plugins() }, attachTo: document.body });
  const settle = async () => {
    await flushPromises();
    await new Promise((r) => setTimeout(r, 150));
  };

  // Element Plus validates nothing under happy-dom: the form's answer is given by hand here.
  it('runs nothing while the form does not validate, nor while it runs', async () => {
    const action = vi.fn().mockResolvedValue('done');
    let submit!: ReturnType<typeof useFormSubmit>;
    const valid = shallowRef(false);
    const form = { validate: () => (valid.value ? Promise.resolve(true) : Promise.reject()) };
    mount(
      defineComponent({
        setup() {
          submit = useFormSubmit(() => form as unknown as FormInstance);
          return () => null;
        },
      }),
      { global: { plugins: plugins() } },
    );
    expect(await submit.run(action)).toBeNull();
    expect(action).not.toHaveBeenCalled();
    valid.value = true;
    expect(await submit.run(action, () => false)).toBeNull();
    let finish!: (v: string) => void;
    action.mockImplementationOnce(() => new Promise((resolve) => (finish = resolve)));
    const first = submit.run(action);
    await flushPromises();
    expect(submit.busy.value).toBe(true);
    expect(await submit.run(action)).toBeNull(); // busy with the first
    finish('done');
    expect(await first).toEqual({ result: 'done' });
    expect(action).toHaveBeenCalledTimes(1);
  });

  it('is busy while the rules are checked, so a double click submits once', async () => {
    const action = vi.fn().mockResolvedValue('done');
    let submit!: ReturnType<typeof useFormSubmit>;
    let answer!: (valid: boolean) => void;
    const form = {
      validate: () =>
        new Promise<boolean>((resolve, reject) => (answer = (v) => (v ? resolve(true) : reject()))),
    };
    mount(
      defineComponent({
        setup() {
          submit = useFormSubmit(() => form as unknown as FormInstance);
          return () => null;
        },
      }),
      { global: { plugins: plugins() } },
    );
    const first = submit.run(action);
    expect(submit.busy.value).toBe(true);
    expect(await submit.run(action)).toBeNull(); // the second click, while validating
    answer(true);
    expect(await first).toEqual({ result: 'done' });
    expect(action).toHaveBeenCalledTimes(1);
    expect(submit.busy.value).toBe(false);

    const refused = submit.run(action);
    expect(submit.busy.value).toBe(true);
    answer(false);
    expect(await refused).toBeNull();
    expect(submit.busy.value).toBe(false); // free again for the corrected form
    expect(action).toHaveBeenCalledTimes(1);
  });

  it('runs the action and shows a failure no field of it names above the form', async () => {
    const action = vi.fn().mockRejectedValue(badInput({ startsOn: ['ODD', 'starts too early'] }));
    const wrapper = mountHost(action);
    const form = wrapper.findComponent(PageForm).props('model') as {
      name: string;
      term: string[];
    };
    form.name = 'Mall';
    form.term = ['2027-01-01', '2027-06-30'];
    await wrapper.get('[data-testid="save"]').trigger('click');
    await settle();
    expect(action).toHaveBeenCalledTimes(1);
    // `startsOn` belongs to no field here: it shows above the form.
    expect(wrapper.find('[data-testid="action-error"]').exists()).toBe(true);
    await wrapper.findAll('button')[0]!.trigger('click');
    expect(wrapper.emitted('cancel')).toHaveLength(1);
  });
});

describe('useAction', () => {
  function withAction<A extends unknown[], R>(make: () => ReturnType<typeof useAction<A, R>>) {
    let action!: ReturnType<typeof useAction<A, R>>;
    mount(
      defineComponent({
        setup: () => {
          action = make();
          return () => null;
        },
      }),
      { global: { plugins: plugins() } },
    );
    return action;
  }

  it('runs, is busy meanwhile, and says it worked', async () => {
    const success = vi.spyOn(ElMessage, 'success').mockImplementation(() => ({}) as never);
    const action = withAction(() =>
      useAction(async (n: number) => n * 2, { success: (r) => `doubled to ${r}` }),
    );
    const pending = action.run(21);
    expect(action.busy.value).toBe(true);
    expect(action.running.value).toEqual([21]);
    await expect(pending).resolves.toBe(42);
    expect(action.busy.value).toBe(false);
    expect(success).toHaveBeenCalledWith('doubled to 42');
  });

  it('translates a failure, by the rule problem when there is one', async () => {
    const toast = vi.spyOn(ElMessage, 'error').mockImplementation(() => ({}) as never);
    const failure = new ApiRequestError({
      code: 'ILLEGAL_TRANSITION',
      message: 'no',
      params: {},
      problems: [{ field: 'id', code: 'NOT_ON_DUTY', message: 'Not on duty', params: {} }],
    });
    const action = withAction(() =>
      useAction(async () => {
        throw failure;
      }),
    );
    await expect(action.run()).resolves.toBeUndefined();
    expect(action.error.value).toBe(failure);
    expect(toast).toHaveBeenCalledWith(expect.stringContaining('You have no shift at this post'));
  });

  it('asks first, and does nothing when the user cancels', async () => {
    const confirm = vi.spyOn(ElMessageBox, 'confirm').mockRejectedValueOnce('cancel');
    const fn = vi.fn(async () => 'done');
    const action = withAction(() =>
      useAction(fn, { confirm: () => ({ message: 'Sure?', danger: true }) }),
    );
    await expect(action.run()).resolves.toBeUndefined();
    expect(fn).not.toHaveBeenCalled();
    confirm.mockResolvedValueOnce('confirm' as never);
    await expect(action.run()).resolves.toBe('done');
    expect(confirm.mock.calls[1]?.[2]).toMatchObject({ confirmButtonClass: 'el-button--danger' });
  });
});

describe('fieldProblemsOf', () => {
  it('reads the problems of the one error contract', () => {
    expect(fieldProblemsOf(badInput({ creditCode: ['CREDIT_CODE_INVALID', 'bad'] }))).toEqual([
      { field: 'creditCode', code: 'CREDIT_CODE_INVALID', message: 'bad', params: {} },
    ]);
    expect(fieldProblemsOf(null)).toEqual([]);
  });
});
