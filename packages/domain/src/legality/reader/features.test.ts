import { describe, expect, it } from 'vitest';
import { featuresOf, featureVector } from './features';

describe('featuresOf', () => {
  it('reads Chinese as runs of one to three characters, each pointing into the original', () => {
    const text = '关到  后头，仓库';
    const features = featuresOf(text);
    const keys = features.map((f) => f.key);
    expect(keys).toEqual(expect.arrayContaining(['h关', 'h关到', 'h关到后', 'h后头仓']));
    for (const f of features) {
      expect(text.slice(f.start, f.end).replace(/[\s，]/gu, '')).toBe(f.key.slice(1));
    }
    expect(features.find((f) => f.key === 'h关')!.weight).toBe(0.5);
    expect(features.find((f) => f.key === 'h关到')!.weight).toBe(1);
  });

  it('reads English as word stems and neighbouring pairs, full-width and informal spellings alike', () => {
    const text = 'PLS Searching　their bags';
    const keys = featuresOf(text).map((f) => f.key);
    expect(keys).toContain('wsearch');
    expect(keys).toContain('bsearch_their');
    expect(keys).toContain('wbag');
    const pair = featuresOf(text).find((f) => f.key === 'btheir_bag')!;
    expect(text.slice(pair.start, pair.end)).toBe('their bags');
  });

  it('makes a vector of unit length, however long the text', () => {
    const short = featureVector(featuresOf('搜身'));
    const long = featureVector(featuresOf('搜身'.repeat(50)));
    const length = (v: Map<string, number>) => Math.hypot(...v.values());
    expect(length(short)).toBeCloseTo(1);
    expect(length(long)).toBeCloseTo(1);
  });
});
