import { ScoreHistogram, contribution, countsMoments, histogramMoments, themeDrivers } from './drivers';
import type { MetricName } from './metric-series';

/** Scores → histogram, as the database hands them over. */
const histogram = (scores: number[]): ScoreHistogram => {
  const h = new Map<number, number>();
  for (const s of scores) h.set(s, (h.get(s) ?? 0) + 1);
  return h;
};

/** The drivers from score lists, as a reader checks them by hand. */
const drivers = (metric: MetricName, all: number[], themes: Array<{ key: string; tagged: number[] }>) =>
  themeDrivers(metric, histogramMoments(metric, histogram(all)), themes.map((t) => ({ key: t.key, tagged: histogramMoments(metric, histogram(t.tagged)) })));

describe('themeDrivers', () => {
  // Ten NPS answers: promoters 10, 10, 9, 9; passives 8, 7; detractors 0, 6, 2, 5 → NPS (4 − 4)/10 = 0.
  const all = [10, 10, 9, 8, 7, 0, 6, 2, 5, 9];

  it('ranks NPS themes by how much NPS would gain without their complaints, with a 95% interval', () => {
    const ranked = drivers('nps', all, [
      // late_delivery: answers 2, 5, 9 → the other seven: 10, 10, 9, 8, 7, 0, 6 = (3 − 2)/7 → NPS 14.2857.
      { key: 'late_delivery', tagged: [2, 5, 9] },
      // unhelpful_agent: 6 and 0 → the other eight: (4 − 2)/8 → NPS 25.
      { key: 'unhelpful_agent', tagged: [6, 0] },
      // price, mentioned by a promoter: the other nine (3 − 4)/9 → −11.1111: NPS would fall.
      { key: 'price', tagged: [10] },
    ]);
    expect(ranked.map((d) => d.key)).toEqual(['unhelpful_agent', 'late_delivery', 'price']);
    // late_delivery by hand: m = 0, m_U = 100/7 = 14.2857, b = 0.7.
    // Tagged IF = −x: 100, 100, −100 → Σ IF² = 30000.
    // Untagged IF = (x − 14.2857)/0.7 − x: promoters 22.449 (×3) → 1511.87; passives −20.408 (×2) → 832.99;
    // detractors −63.265 (×2) → 8004.99. Σ IF² = 40349.85; SE = sqrt(40349.85)/10 = 20.0873; 1.96·SE = 39.371.
    expect(ranked[1]).toEqual({ key: 'late_delivery', n: 3, current: 0, without: 14.3, impact: 14.3, margin: 39.4, low: -25.1, high: 53.7 });
    expect(ranked[0]).toEqual({ key: 'unhelpful_agent', n: 2, current: 0, without: 25, impact: 25, margin: 33.1, low: -8.1, high: 58.1 });
    expect(ranked[2]).toEqual({ key: 'price', n: 1, current: 0, without: -11.1, impact: -11.1, margin: 21.4, low: -32.5, high: 10.3 });
  });

  it('works on CSAT as the share of 4–5 answers', () => {
    // 8 answers, 4 satisfied → 50 %. damaged_parcel on 1, 1, 4 → the other five 5, 5, 4, 3, 2: 3 of 5 = 60 %.
    const [d] = drivers('csat', [5, 5, 4, 4, 3, 2, 1, 1], [{ key: 'damaged_parcel', tagged: [1, 1, 4] }]);
    expect(d).toEqual({ key: 'damaged_parcel', n: 3, current: 50, without: 60, impact: 10, margin: 27.2, low: -17.2, high: 37.2 });
  });

  it('works on CES as the mean score, two decimals', () => {
    // Mean of 7, 6, 6, 5, 2, 1 = 27/6 = 4.5; app_website on 2 and 1 → the rest 24/4 = 6.
    const [d] = drivers('ces', [7, 6, 6, 5, 2, 1], [{ key: 'app_website', tagged: [2, 1] }]);
    expect(d).toEqual({ key: 'app_website', n: 2, current: 4.5, without: 6, impact: 1.5, margin: 1.73, low: -0.23, high: 3.23 });
  });

  it('leaves out a theme with no tagged response, or on every response, and answers nothing without responses', () => {
    expect(drivers('nps', [3, 9], [{ key: 'all', tagged: [3, 9] }, { key: 'none', tagged: [] }])).toEqual([]);
    expect(drivers('nps', [], [{ key: 'x', tagged: [1] }])).toEqual([]);
  });

  it('takes the totals from a metric\'s counts as the rollups keep them', () => {
    // The ten NPS answers above: 4 promoters, 4 detractors; CES 7, 6, 6, 5, 2, 1: Σ 27, Σ² 151.
    expect(countsMoments('nps', { n: 10, promoters: 4, detractors: 4, satisfied: 0, scoreSum: 66, scoreSqSum: 0 })).toEqual(histogramMoments('nps', histogram(all)));
    expect(countsMoments('ces', { n: 6, promoters: 0, detractors: 0, satisfied: 0, scoreSum: 27, scoreSqSum: 151 })).toEqual({ n: 6, sum: 27, sumSq: 151 });
    expect(countsMoments('csat', { n: 8, promoters: 0, detractors: 0, satisfied: 4, scoreSum: 0, scoreSqSum: 0 })).toEqual({ n: 8, sum: 400, sumSq: 40_000 });
  });
});

describe('contribution', () => {
  it('is +100/0/−100 for NPS, 100/0 for CSAT and the score for CES', () => {
    expect([10, 9, 8, 7, 6, 0].map((s) => contribution('nps', s))).toEqual([100, 100, 0, 0, -100, -100]);
    expect([5, 4, 3, 1].map((s) => contribution('csat', s))).toEqual([100, 100, 0, 0]);
    expect(contribution('ces', 6)).toBe(6);
  });
});
