import { ElMessage, ElMessageBox } from 'element-plus';
import { shallowRef, type ShallowRef } from 'vue';
import { useI18n } from 'vue-i18n';
import { errorText } from './problems';

export interface ActionConfirm {
  message: string;
  title?: string;
  /** The confirming button's words; default "Confirm". */
  confirmText?: string;
  /** A destructive act: the confirming button is red. */
  danger?: boolean;
}

export interface ActionOptions<A extends unknown[], R> {
  /** A success message to show (a string, or made from the result). */
  success?: string | ((result: R, ...args: A) => string | undefined);
  /** Ask first; the action runs only when the user confirms. */
  confirm?: (...args: A) => ActionConfirm | null;
  /**
   * Where a failure goes: a toast (default), or only `error`, for a page that shows it inline.
   */
  errors?: 'toast' | 'inline';
}

export interface Action<A extends unknown[], R> {
  /** Runs it (after the confirmation, if any); the result, or undefined when cancelled or failed. */
  run: (...args: A) => Promise<R | undefined>;
  busy: ShallowRef<boolean>;
  /** The arguments of the run in flight, e.g. to mark the one row being acted on. */
  running: ShallowRef<A | null>;
  error: ShallowRef<unknown>;
}

/**
 * One user action: runs a mutation (or any promise), keeps a busy flag, says it worked or
 * what went wrong in the user's language, and can ask for confirmation first.
 */
export function useAction<A extends unknown[], R>(
  fn: (...args: A) => Promise<R>,
  options: ActionOptions<A, R> = {},
): Action<A, R> {
  const { t, te } = useI18n();
  const busy = shallowRef(false);
  const running: ShallowRef<A | null> = shallowRef(null);
  const error = shallowRef<unknown>(null);

  async function run(...args: A): Promise<R | undefined> {
    const ask = options.confirm?.(...args);
    if (ask) {
      try {
        await ElMessageBox.confirm(ask.message, ask.title ?? '', {
          type: 'warning',
          confirmButtonText: ask.confirmText ?? t('page.confirm'),
          cancelButtonText: t('page.cancel'),
          confirmButtonClass: ask.danger ? 'el-button--danger' : undefined,
        });
      } catch {
        return undefined; // cancelled
      }
    }
    busy.value = true;
    running.value = args;
    error.value = null;
    try {
      const result = await fn(...args);
      const success =
        typeof options.success === 'function' ? options.success(result, ...args) : options.success;
      if (success) ElMessage.success(success);
      return result;
    } catch (failure) {
      error.value = failure;
      if (options.errors !== 'inline') ElMessage.error(errorText(failure, t, te));
      return undefined;
    } finally {
      busy.value = false;
      running.value = null;
    }
  }

  return { run, busy, running, error };
}
