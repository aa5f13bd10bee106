import { useQuery } from '@cqss/api-client';
import { mayServe, type OwnershipType } from '@cqss/domain';
import { computed, type MaybeRefOrGetter, toValue } from 'vue';
import { graphql } from '../gql';

const CompanyOwnershipDocument = graphql(/* GraphQL */ `
  query CompanyOwnership {
    companies {
      id
      ownershipType
    }
  }
`);

/**
 * Whether the signed-in company may serve a unit (Regulation Art. 22, the domain's `mayServe`):
 * false for a foreign-invested company and a key unit. The server refuses the same on accepting
 * the request and on the contract; the screens say it before anyone fills a form.
 */
export function useCompanyMayServe(
  unit: MaybeRefOrGetter<{ isKeyUnit: boolean } | null | undefined>,
) {
  const query = useQuery(CompanyOwnershipDocument, undefined, { fetchPolicy: 'cache-first' });
  const ownership = computed(
    () => (query.data.value?.companies[0]?.ownershipType ?? null) as OwnershipType | null,
  );
  return computed(() => {
    const u = toValue(unit);
    return !u || !ownership.value || mayServe(ownership.value, u);
  });
}
