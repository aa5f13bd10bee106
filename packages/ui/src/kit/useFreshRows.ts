import { shallowRef } from 'vue';

/** Rows that arrived live while the page is open: `mark` them, and the table's rows say `fresh`. */
export function useFreshRows() {
  const fresh = shallowRef(new Set<string>());
  const mark = (id: string) => {
    fresh.value = new Set([...fresh.value, id]);
  };
  const rowClassName = ({ row }: { row: { id: string } }) =>
    fresh.value.has(row.id) ? 'fresh' : '';
  return { mark, rowClassName };
}
