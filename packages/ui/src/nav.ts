import type { Role } from '@cqss/api-client';
import type { Component } from 'vue';

/** One entry of an app's side navigation. */
export interface NavItem {
  /** Route path. */
  to: string;
  /** i18n key of the label. */
  label: string;
  icon?: Component;
  /** Only these roles see the item; everyone when absent. */
  roles?: readonly Role[];
}
