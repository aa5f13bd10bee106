import { describe, expect, it } from 'vitest';
import { screenRequest, screenText } from '../screen';
import { encodeWeights, readText } from './model';
import { READER_MODEL } from './reader-model';

const withReader = (description: string) =>
  screenRequest({ services: [], description }, READER_MODEL);

describe('the second reader on the screen', () => {
  // Written blind (tuning-8.txt), missed by the rules, read by the reader (a third, 再占就把他摊子砸了,
  // the rules learnt in round 9).
  it.each([
    [
      'RESTRICT_FREEDOM',
      '那个包工头要是再来工地，就请他进集装箱办公室坐，门从外面扣上，让他冷静一晚上再说。',
      '让他冷静一晚上再说',
    ],
    [
      'INSULT_OR_BEAT',
      '网吧老板：有那种在店里骂网管的小崽儿，你们的人拉到后巷扇两耳屎就老实了，不消客气。',
      '你们的人拉到后巷扇两耳屎就老实了',
    ],
  ])('flags a paraphrase of %s the rules miss, pointing at its clause', (ruleId, text, clause) => {
    expect(screenText(text)).toEqual([]);
    const outcome = withReader(text);
    expect(outcome.result).toBe('FLAGGED');
    const [match] = outcome.matches;
    expect(match!.ruleId).toBe(ruleId);
    expect(match!.text).toBe(clause);
    expect(text.slice(match!.start!, match!.end!)).toBe(clause);
    expect(match!.basis).toContain('第三十条');
  });

  it.each([
    '大型活动入口用金属探测门和手持探测仪对观众安检，包过机检查，拒绝安检的不得入场，保安不得搜身。',
    '监控录像按规定保存九十天，公安机关依法调取时配合提供，其他人一律不给看、不给拷。',
    'Check staff badges at the server room door and log every visitor with their ID and the host who invited them.',
    'Cash escort for the bank branch every Friday: two guards ride with the van and hand the boxes over at the vault.',
    'Guards must never search, hold or lay hands on a customer; if someone is suspected of theft, call the police and wait.',
    '严禁保安扣押员工的身份证和工资卡，员工离职手续由人事办理。',
  ])('leaves a lawful request clear: %s', (text) => {
    expect(withReader(text)).toEqual({ result: 'CLEAR', matches: [] });
  });

  it("drops the rules' paraphrase of an act on a text it reads as lawful", () => {
    const text =
      '物业交代：欠物业费的业主，保安不准拦车、不准不让进门，跟保安没得关系，催费的事找客服。';
    expect(screenText(text).map((m) => m.phrase)).toEqual(['催 & 欠物业费']);
    expect(readText(text, READER_MODEL).unlawful).toBeLessThan(0.15);
    expect(withReader(text).result).toBe('CLEAR');
  });

  it('never drops an act named in its own words, however lawful the rest reads to it', () => {
    const text = '请保安协助催收欠款。';
    expect(readText(text, READER_MODEL).unlawful).toBeLessThan(0.15);
    expect(withReader(text).matches).toMatchObject([{ ruleId: 'DEBT_OR_FORCE', text: '催收' }]);
  });

  it("keeps the rules' matches, phrases and offsets where it agrees", () => {
    const text = '把偷东西的人关在保安室里，等老板回来再放。';
    expect(withReader(text).matches).toEqual(screenText(text));
    expect(withReader(text).matches[0]!.ruleId).toBe('RESTRICT_FREEDOM');
  });

  it('reads the same text the same way, as a probability', () => {
    const text = '帮我们把欠款的那个老板堵在他公司门口，不还钱不准走。';
    const a = readText(text, READER_MODEL);
    expect(readText(text, READER_MODEL)).toEqual(a);
    expect(a.unlawful).toBeGreaterThan(0);
    expect(a.unlawful).toBeLessThan(1);
  });

  // The texts the server's tests (service-request.test.ts) and the browser's (apps/e2e) screen:
  // each keeps its verdict whatever the reader learns.
  it.each([
    ['请安排两名保安员到欠款客户公司门口值守，协助催收欠款。', 'DEBT_OR_FORCE'],
    ['请派两名保安到欠款客户公司门口守着，协助催收欠款。', 'DEBT_OR_FORCE'],
    ['请保安员到欠款客户公司门口值守，协助催收机房租金。', 'DEBT_OR_FORCE'],
    ['Please frisk every visitor.', 'SEARCH_PERSONS'],
    [
      '网吧老板：有那种在店里骂网管的小崽儿，你们的人拉到后巷扇两耳屎就老实了，不消客气。',
      'INSULT_OR_BEAT',
    ],
  ])('flags a text the server and browser tests flag: %s', (text, ruleId) => {
    expect(withReader(text).matches.map((m) => m.ruleId)).toEqual([ruleId]);
  });

  it.each([
    '档案馆大门门卫值守。',
    '商场出入口门卫值守。',
    '春节期间商场出入口秩序维护。',
    '门诊楼夜间巡逻及出入口门卫值守。',
    '出入口门卫值守及夜间巡逻。',
    '物业交代：欠物业费的业主，保安不准拦车、不准不让进门，跟保安没得关系，催费的事找客服。',
  ])('clears a text the server and browser tests clear: %s', (text) => {
    expect(withReader(text)).toEqual({ result: 'CLEAR', matches: [] });
  });

  it('refuses to write a weight out of its range', () => {
    expect(encodeWeights([-15, 0, 15])).toHaveLength(3);
    expect(() => encodeWeights([16])).toThrow(RangeError);
    expect(() => encodeWeights([0.5])).toThrow(RangeError);
  });
});
