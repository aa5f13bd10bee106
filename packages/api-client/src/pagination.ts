import type { FieldPolicy, Reference, TypePolicies } from '@apollo/client';

/**
 * The server's cursor-paginated lists (`{ nodes, pageInfo }`, arguments `first` and `after`).
 * A test checks this against the schema, so a new list cannot be forgotten.
 */
export const PAGINATED_FIELDS = [
  'accounts',
  'auditEntries',
  'contracts',
  'customerUnits',
  'feedbackAlerts',
  'feedbackComments',
  'filings',
  'guards',
  'handovers',
  'illegalRequestReports',
  'inquiries',
  'kioskDevices',
  'posts',
  'serviceRequests',
  'users',
] as const;

interface Connection {
  nodes: Reference[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/**
 * One cached list per set of filters (every argument but `after`): a first page replaces it,
 * a later page (`after`) is appended. Rows are references to the normalized entities, so a
 * mutation that returns a row's changed fields updates it on whichever page it sits.
 */
export function cursorPagination(): FieldPolicy<Connection> {
  return {
    keyArgs: (args) => {
      const keys = Object.keys(args ?? {})
        .filter((name) => name !== 'after')
        .sort();
      return keys.length ? keys : false;
    },
    merge(existing, incoming, { args, readField }) {
      if (!existing || !args?.after) return incoming;
      const seen = new Set(existing.nodes.map((node) => readField<string>('id', node)));
      return {
        ...incoming,
        nodes: [
          ...existing.nodes,
          ...incoming.nodes.filter((node) => !seen.has(readField<string>('id', node))),
        ],
      };
    },
  };
}

/**
 * The cache's type policies: every paginated list of the schema merges its pages; the company's
 * feedback settings are one object (no id), so a save updates the query that shows them.
 */
export const typePolicies: TypePolicies = {
  Query: {
    fields: Object.fromEntries(PAGINATED_FIELDS.map((name) => [name, cursorPagination()])),
  },
  FeedbackSettings: { keyFields: [] },
};
