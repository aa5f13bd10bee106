import { useQuery } from '@cqss/api-client';
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { graphql } from '../../gql';

const ContractFilingDocument = graphql(/* GraphQL */ `
  query ContractFiling($id: ID!) {
    contract(id: $id) {
      id
      filing {
        id
        status
      }
      filingResubmitBy
      filingResubmitDaysLeft
    }
  }
`);

/**
 * A contract's cross-region filing as its page needs it (admins only, as filings are): whether it
 * is submitted, so the contract may take effect, and the day to resubmit a returned one by.
 */
export function useContractFiling(
  id: MaybeRefOrGetter<string>,
  enabled: MaybeRefOrGetter<boolean>,
) {
  const query = useQuery(ContractFilingDocument, () => ({ id: toValue(id) }), {
    enabled: () => toValue(enabled),
    fetchPolicy: 'cache-and-network',
  });
  return computed(() => query.data.value?.contract ?? null);
}
