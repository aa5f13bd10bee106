import { describe, expect, it } from 'vitest';
import { useDialogFor } from './useDialogFor';

describe('useDialogFor', () => {
  it('is closed, about its initial subject, until shown about another', () => {
    const { open, subject, show } = useDialogFor<{ id: string } | null>(null);
    expect([open.value, subject.value]).toEqual([false, null]);
    const row = { id: 'g1' };
    show(row);
    expect(open.value).toBe(true);
    expect(subject.value).toBe(row);
  });

  it('keeps its subject once closed (the dialog closes over it), until shown again', () => {
    const { open, subject, show } = useDialogFor('2027-01-01');
    show('2027-01-02');
    open.value = false;
    expect(subject.value).toBe('2027-01-02');
    show('2027-01-03');
    expect([open.value, subject.value]).toEqual([true, '2027-01-03']);
  });
});
