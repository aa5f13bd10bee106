import { useQuery } from '@cqss/api-client';
import { useSettled } from '@cqss/ui';
import { shallowRef, watch } from 'vue';
import { graphql, makeFragmentData } from '../../gql';
import {
  ScreenResultFragmentDoc,
  type LegalityScreenQuery,
  type ServiceKind,
} from '../../gql/graphql';

const LegalityScreenDocument = graphql(/* GraphQL */ `
  query LegalityScreen($input: LegalityScreenInput!) {
    legalityScreen(input: $input) {
      ...ScreenResult
    }
  }
`);

type Screen = LegalityScreenQuery['legalityScreen'];
interface Draft {
  services: ServiceKind[];
  description: string;
}

/** How long typing must pause before the server is asked again. */
const PAUSE_MS = 300;
const CLEAR: Screen = makeFragmentData({ result: 'CLEAR', matches: [] }, ScreenResultFragmentDoc);

/**
 * The legality screen of a request being written, as the server runs it on submission (the
 * rules and the second reader), asked for when typing pauses. `shown` keeps the description
 * the answer is about, so that its offsets highlight the words they were found in.
 */
export function useLiveScreen(draft: () => Draft) {
  const asked = useSettled<Draft>(draft, PAUSE_MS, { deep: true });

  const empty = () => !asked.value.description.trim() && !asked.value.services.length;
  const query = useQuery(
    LegalityScreenDocument,
    () => ({ input: { services: asked.value.services, description: asked.value.description } }),
    { enabled: () => !empty(), fetchPolicy: 'cache-first' },
  );
  const shown = shallowRef({ description: '', screen: CLEAR });
  watch([query.data, query.loading, asked], ([data, loading]) => {
    if (empty()) shown.value = { description: asked.value.description, screen: CLEAR };
    else if (data && !loading)
      shown.value = { description: asked.value.description, screen: data.legalityScreen };
  });
  return shown;
}
