import type { ScoreCounts } from './metric-values';
import { compareMetric, standardError } from './significance';

const counts = (c: Partial<ScoreCounts> & { n: number }): ScoreCounts => ({ scoreSum: 0, scoreSqSum: 0, promoters: 0, detractors: 0, satisfied: 0, ...c });

describe('compareMetric', () => {
  it('finds an NPS rise of 20 significant: 50 ± 17.2', () => {
    // Now: 100 responses, 50 promoters, 30 passives, 20 detractors → NPS 30; se = sqrt((0.5 + 0.2 − 0.09)/100)·100 = 7.8102
    // Before: 100 responses, 30 promoters, 40 passives, 30 detractors → NPS 0; se = sqrt((0.3 + 0.3 − 0)/100)·100 = 7.7460
    // SE = sqrt(7.8102² + 7.7460²) = sqrt(61 + 60) = 11.0000; margin = 1.96·11 = 21.56; z = 30/11 = 2.727
    const change = compareMetric('nps', counts({ n: 100, promoters: 50, detractors: 20 }), counts({ n: 100, promoters: 30, detractors: 30 }));
    expect(change).toEqual({ difference: 30, margin: 21.6, z: expect.any(Number), direction: 'up', significant: true, lowSample: false });
    expect(change.z).toBeCloseTo(2.7273, 4);
  });

  it('finds a small NPS fall not significant', () => {
    // Now 40 of 100 promoters, 20 detractors → 20; before 42 / 20 → 22. se₁ = sqrt((0.6 − 0.04)/100)·100 = 7.4833,
    // se₂ = sqrt((0.62 − 0.0484)/100)·100 = 7.5604; SE = sqrt(56 + 57.16) = 10.63767; margin 1.96·10.63767 = 20.8498
    const change = compareMetric('nps', counts({ n: 100, promoters: 40, detractors: 20 }), counts({ n: 100, promoters: 42, detractors: 20 }));
    expect(change).toMatchObject({ difference: -2, margin: 20.8, direction: 'down', significant: false });
  });

  it('tests CSAT as a difference of proportions', () => {
    // 160/200 = 0.8 vs 120/200 = 0.6: SE = sqrt(0.8·0.2/200 + 0.6·0.4/200)·100 = sqrt(0.0008 + 0.0012)·100 = 4.4721; margin 8.77
    const change = compareMetric('csat', counts({ n: 200, satisfied: 160 }), counts({ n: 200, satisfied: 120 }));
    expect(change).toMatchObject({ difference: 20, margin: 8.8, direction: 'up', significant: true });
    expect(change.z).toBeCloseTo(4.4721, 4);
  });

  it('tests CES as a difference of means with the sample variances', () => {
    // Now: 30 × score 5 and 30 × score 7 → mean 6, Σx = 360, Σx² = 30·25 + 30·49 = 2220, s² = (2220 − 360²/60)/59 = 60/59 = 1.01695
    // Before: 60 × score 5 → mean 5, s² = 0.
    // SE = sqrt(1.01695/60) = 0.130189; margin = 0.2552; z = 1/0.130189 = 7.681
    const change = compareMetric('ces', counts({ n: 60, scoreSum: 360, scoreSqSum: 2220 }), counts({ n: 60, scoreSum: 300, scoreSqSum: 1500 }));
    expect(change).toMatchObject({ difference: 1, margin: 0.26, direction: 'up', significant: true, lowSample: false });
    expect(change.z).toBeCloseTo(7.6811, 3);
  });

  it('gives no verdict when either period has fewer than 30 responses, but still the difference and margin', () => {
    const change = compareMetric('csat', counts({ n: 29, satisfied: 29 }), counts({ n: 100, satisfied: 10 }));
    expect(change).toMatchObject({ difference: 90, significant: null, lowSample: true, direction: 'up' });
  });

  it('gives nothing to compare when a period has no responses', () => {
    expect(compareMetric('nps', counts({ n: 0 }), counts({ n: 50, promoters: 50 }))).toEqual({
      difference: null, margin: null, z: null, direction: null, significant: null, lowSample: true,
    });
  });

  it('calls a change between two spreadless periods significant, and no change not', () => {
    expect(compareMetric('nps', counts({ n: 40, promoters: 40 }), counts({ n: 40, detractors: 40 }))).toMatchObject({ difference: 200, margin: 0, significant: true });
    expect(compareMetric('nps', counts({ n: 40, promoters: 40 }), counts({ n: 40, promoters: 40 }))).toMatchObject({ difference: 0, direction: 'flat', significant: false });
  });
});

describe('standardError', () => {
  it('matches the spec\'s NPS margin divided by 1.96', () => {
    // p₊ = 0.5, p₋ = 0.25, n = 20: sqrt(0.6875/20)·100 = 18.5405
    expect(standardError('nps', counts({ n: 20, promoters: 10, detractors: 5 }))).toBeCloseTo(18.5405, 4);
  });
});
