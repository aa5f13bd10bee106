import { describe, expect, it } from 'vitest';
import { useFormModel } from './useFormModel';

describe('useFormModel', () => {
  const blank = () => ({ name: '', certificateNo: '', status: 'VALID' });

  it.each([
    ['nothing to edit', null, { name: '', certificateNo: '', status: 'VALID' }],
    [
      'a record: its fields of the same name, the blank where it has none',
      { name: '张伟', certificateNo: null, status: 'PENDING', id: 'g1' },
      { name: '张伟', certificateNo: '', status: 'PENDING' },
    ],
  ])('resets from %s', (_what, record, expected) => {
    const { form, reset } = useFormModel(blank);
    Object.assign(form, { name: 'typed before', certificateNo: 'X1' });
    reset(record);
    expect({ ...form }).toEqual(expected);
  });

  it('takes the blank anew on each reset (a default that changed since)', () => {
    let day = '2027-01-01';
    const { form, reset } = useFormModel(() => ({ day }));
    day = '2027-01-02';
    reset();
    expect(form.day).toBe('2027-01-02');
  });
});
