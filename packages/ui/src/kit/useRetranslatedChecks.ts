import type { FormInstance, FormItemProp } from 'element-plus';
import { toValue, watch, type MaybeRefOrGetter } from 'vue';
import { useI18n } from 'vue-i18n';

/**
 * A form's messages in the language just chosen, and nothing else changed: give the form
 * `:validate-on-rule-change="false"` and `@validate="onValidate"`. Element Plus would check every
 * field again when its rules are translated anew, flagging fields nobody has touched yet and
 * hiding what the server said of a field whose own rules pass (a password refused as too
 * common, gone in the other language). Here only the fields whose own rules failed are checked
 * again; a server's problem is translated where it is shown (FormField).
 */
export function useRetranslatedChecks(form: MaybeRefOrGetter<FormInstance | null>) {
  const { locale } = useI18n();
  const failing = new Map<string, FormItemProp>();
  const onValidate = (prop: FormItemProp, valid: boolean) => {
    if (valid) failing.delete(String(prop));
    else failing.set(String(prop), prop);
  };
  // After the render: only then does the form hold the rules in the new language.
  const recheck = () => {
    if (failing.size)
      void toValue(form)
        ?.validateField([...failing.values()])
        .catch(() => {});
  };
  watch(locale, recheck, { flush: 'post' });
  return { onValidate };
}
