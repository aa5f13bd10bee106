import { MeDocument, useQuery } from '@cqss/api-client';
import { computed } from 'vue';

/** The signed-in user's role, for showing only the actions they may take (the server checks again). */
export function useRole() {
  const me = useQuery(MeDocument, undefined, { fetchPolicy: 'cache-first' });
  const role = computed(() => me.data.value?.me?.role ?? null);
  return { role, isAdmin: computed(() => role.value === 'COMPANY_ADMIN') };
}
