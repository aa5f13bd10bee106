/** The filters of the office's books: post, guard, state, and the days a record was written. */
export interface BookFilter {
  postId: string | null;
  guardId: string | null;
  state: string | null;
  range: [Date, Date] | null;
}

export const noFilter = (): BookFilter => ({
  postId: null,
  guardId: null,
  state: null,
  range: null,
});

export const isFiltered = (f: BookFilter) => Boolean(f.postId || f.guardId || f.state || f.range);

/** A book's query variables from its filters; `S` is the book's states. */
export const bookVariables = <S extends string>(f: BookFilter) => ({
  postId: f.postId,
  guardId: f.guardId,
  state: f.state as S | null,
  ...rangeVariables(f.range),
});

/** The instants a day range covers in the user's calendar, its end day included. */
export function rangeVariables(range: [Date, Date] | null) {
  const [from, to] = range ?? [null, null];
  return {
    from: from ? from.toISOString() : null,
    to: to ? new Date(to.getTime() + 86_400_000).toISOString() : null,
  };
}
