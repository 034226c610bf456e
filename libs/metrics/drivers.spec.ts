import { ScoreHistogram, contribution, themeDrivers } from './drivers';

/** Scores → histogram, as the database hands them over. */
const histogram = (scores: number[]): ScoreHistogram => {
  const h = new Map<number, number>();
  for (const s of scores) h.set(s, (h.get(s) ?? 0) + 1);
  return h;
};

describe('themeDrivers', () => {
  // Ten NPS answers: promoters 10, 10, 9, 9; passives 8, 7; detractors 0, 6, 2, 5 → NPS (4 − 4)/10 = 0.
  const all = histogram([10, 10, 9, 8, 7, 0, 6, 2, 5, 9]);

  it('ranks NPS themes by how much NPS would gain without their complaints, with a 95% interval', () => {
    const drivers = themeDrivers('nps', all, [
      // late_delivery: answers 2, 5, 9 → the other seven: 10, 10, 9, 8, 7, 0, 6 = (3 − 2)/7 → NPS 14.2857.
      { key: 'late_delivery', tagged: histogram([2, 5, 9]) },
      // unhelpful_agent: 6 and 0 → the other eight: (4 − 2)/8 → NPS 25.
      { key: 'unhelpful_agent', tagged: histogram([6, 0]) },
      // price, mentioned by a promoter: the other nine (3 − 4)/9 → −11.1111: NPS would fall.
      { key: 'price', tagged: histogram([10]) },
    ]);
    expect(drivers.map((d) => d.key)).toEqual(['unhelpful_agent', 'late_delivery', 'price']);
    // late_delivery by hand: m = 0, m_U = 100/7 = 14.2857, b = 0.7.
    // Tagged IF = −x: 100, 100, −100 → Σ IF² = 30000.
    // Untagged IF = (x − 14.2857)/0.7 − x: promoters 22.449 (×3) → 1511.87; passives −20.408 (×2) → 832.99;
    // detractors −63.265 (×2) → 8004.99. Σ IF² = 40349.85; SE = sqrt(40349.85)/10 = 20.0873; 1.96·SE = 39.371.
    expect(drivers[1]).toEqual({ key: 'late_delivery', n: 3, current: 0, without: 14.3, impact: 14.3, margin: 39.4, low: -25.1, high: 53.7 });
    expect(drivers[0]).toEqual({ key: 'unhelpful_agent', n: 2, current: 0, without: 25, impact: 25, margin: 33.1, low: -8.1, high: 58.1 });
    expect(drivers[2]).toEqual({ key: 'price', n: 1, current: 0, without: -11.1, impact: -11.1, margin: 21.4, low: -32.5, high: 10.3 });
  });

  it('works on CSAT as the share of 4–5 answers', () => {
    // 8 answers, 4 satisfied → 50 %. damaged_parcel on 1, 1, 4 → the other five 5, 5, 4, 3, 2: 3 of 5 = 60 %.
    const [d] = themeDrivers('csat', histogram([5, 5, 4, 4, 3, 2, 1, 1]), [{ key: 'damaged_parcel', tagged: histogram([1, 1, 4]) }]);
    expect(d).toEqual({ key: 'damaged_parcel', n: 3, current: 50, without: 60, impact: 10, margin: 27.2, low: -17.2, high: 37.2 });
  });

  it('works on CES as the mean score, two decimals', () => {
    // Mean of 7, 6, 6, 5, 2, 1 = 27/6 = 4.5; app_website on 2 and 1 → the rest 24/4 = 6.
    const [d] = themeDrivers('ces', histogram([7, 6, 6, 5, 2, 1]), [{ key: 'app_website', tagged: histogram([2, 1]) }]);
    expect(d).toEqual({ key: 'app_website', n: 2, current: 4.5, without: 6, impact: 1.5, margin: 1.73, low: -0.23, high: 3.23 });
  });

  it('leaves out a theme with no tagged response, or on every response, and answers nothing without responses', () => {
    expect(themeDrivers('nps', histogram([3, 9]), [{ key: 'all', tagged: histogram([3, 9]) }, { key: 'none', tagged: histogram([]) }])).toEqual([]);
    expect(themeDrivers('nps', histogram([]), [{ key: 'x', tagged: histogram([1]) }])).toEqual([]);
  });
});

describe('contribution', () => {
  it('is +100/0/−100 for NPS, 100/0 for CSAT and the score for CES', () => {
    expect([10, 9, 8, 7, 6, 0].map((s) => contribution('nps', s))).toEqual([100, 100, 0, 0, -100, -100]);
    expect([5, 4, 3, 1].map((s) => contribution('csat', s))).toEqual([100, 100, 0, 0]);
    expect(contribution('ces', 6)).toBe(6);
  });
});
