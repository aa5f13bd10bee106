import { rangeVariables } from '@cqss/ui';

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
