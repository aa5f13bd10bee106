import type { FormItemRule } from 'element-plus';

type Translate = (key: string) => string;

/**
 * A form rule: the field must be filled, text with more than spaces ("必填" / "Required"); checked
 * on `trigger`, or on every change and blur.
 */
export const requiredRule = (t: Translate, trigger?: 'blur' | 'change'): FormItemRule => ({
  required: true,
  whitespace: true,
  message: () => t('problems.REQUIRED'),
  ...(trigger && { trigger }),
});

/** A form rule: a period (a date range) must have its first and last day. */
export const periodRule = (t: Translate): FormItemRule => ({
  type: 'array',
  required: true,
  len: 2,
  message: () => t('problems.REQUIRED'),
  trigger: 'change',
});
