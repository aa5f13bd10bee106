import { isValidPhone } from '@cqss/domain';
import type { FormItemRule } from 'element-plus';

type Translate = (key: string) => string;
type Trigger = 'blur' | 'change';

/**
 * A form rule: the field must be filled, text with more than spaces ("必填" / "Required", or the
 * form's own words under `message`, a key); checked on `trigger`, or on every change and blur.
 */
export const requiredRule = (
  t: Translate,
  trigger?: Trigger,
  message = 'problems.REQUIRED',
): FormItemRule => ({
  required: true,
  whitespace: true,
  message: () => t(message),
  ...(trigger && { trigger }),
});

/** A form rule: `valid(value)` must hold, else `message` shows; checked on `trigger` (blur). */
export const checkRule = <V = string>(
  valid: (value: V) => boolean,
  message: () => string,
  trigger: Trigger = 'blur',
): FormItemRule => ({
  trigger,
  validator: (_rule, value: V, done) => (valid(value) ? done() : done(new Error(message()))),
});

/**
 * A form rule: a phone number by the domain's one phone rule (`isValidPhone`), the server's too
 * ("电话号码格式不正确", or the form's own words under `message`, a key); checked on blur.
 */
export const phoneRule = (t: Translate, message = 'problems.PHONE_INVALID'): FormItemRule =>
  checkRule(
    (v?: string) => isValidPhone(v ?? ''),
    () => t(message),
  );

/** A form rule: a period (a date range) must have its first and last day. */
export const periodRule = (t: Translate): FormItemRule => ({
  type: 'array',
  required: true,
  len: 2,
  message: () => t('problems.REQUIRED'),
  trigger: 'change',
});
