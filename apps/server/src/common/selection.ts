import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

function fieldsNamed(
  info: GraphQLResolveInfo,
  sets: readonly SelectionSetNode[],
  name: string,
): FieldNode[] {
  const found: FieldNode[] = [];
  const seen = new Set<string>();
  const visit = (set: SelectionSetNode) => {
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) {
        if (s.name.value === name) found.push(s);
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        visit(s.selectionSet);
      } else if (!seen.has(s.name.value)) {
        seen.add(s.name.value);
        const fragment = info.fragments[s.name.value];
        if (fragment) visit(fragment.selectionSet);
      }
    }
  };
  sets.forEach(visit);
  return found;
}

/**
 * The names of the fields the operation may ask for at `path` below the field being resolved
 * (fragments followed; `@skip`/`@include` not evaluated, so a field they may leave out counts as
 * asked for): what a list reads its rows for, never a question of access.
 */
export function fieldsAt(info: GraphQLResolveInfo, path: readonly string[]): Set<string> {
  let nodes: readonly FieldNode[] = info.fieldNodes;
  for (const name of path) {
    const sets = nodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : []));
    nodes = fieldsNamed(info, sets, name);
  }
  const names = new Set<string>();
  const seen = new Set<string>();
  const visit = (set: SelectionSetNode) => {
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) names.add(s.name.value);
      else if (s.kind === Kind.INLINE_FRAGMENT) visit(s.selectionSet);
      else if (!seen.has(s.name.value)) {
        seen.add(s.name.value);
        const fragment = info.fragments[s.name.value];
        if (fragment) visit(fragment.selectionSet);
      }
    }
  };
  for (const n of nodes) if (n.selectionSet) visit(n.selectionSet);
  return names;
}
