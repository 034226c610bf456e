import { percentOf, roundOrNull, roundTo } from './rounding';

describe('roundTo', () => {
  it('rounds away binary noise: an NPS of 15 computed as 15.000000000000002 is 15', () => {
    expect(roundTo(15.000000000000002, 1)).toBe(15);
    expect(roundTo(0.1 + 0.2, 2)).toBe(0.3);
  });

  it('rounds halves away from zero, also where the binary value is just below the half', () => {
    expect(roundTo(2.675, 2)).toBe(2.68);
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(-2.5, 0)).toBe(-3);
    expect(roundTo(-33.35, 1)).toBe(-33.4);
    expect(roundTo(4.44, 1)).toBe(4.4);
  });

  it('never gives −0', () => {
    expect(Object.is(roundTo(-0.04, 1), 0)).toBe(true);
  });

  it('keeps null and turns parts into rounded percentages', () => {
    expect(roundOrNull(null, 1)).toBeNull();
    expect(roundOrNull(66.66666, 1)).toBe(66.7);
    expect(percentOf(2, 3)).toBe(66.7);
    expect(percentOf(1, 0)).toBeNull();
  });
});
