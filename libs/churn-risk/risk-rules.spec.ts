import { assessRisk, evidenceKeys, riskScore, windowStart } from './risk-rules';
import { nextFlagState } from './risk-evaluation.service';
import type { FlagRow } from './risk-flags.repository';

const asOf = new Date('2026-06-30T12:00:00Z');
const ago = (days: number) => new Date(asOf.getTime() - days * 86_400_000);
const none = { responses: [], contacts: [], overdueItems: [] };

describe('assessRisk', () => {
  it('counts a run of three contacts spanning exactly 14 days, not 14 days and a minute', () => {
    const contacts = (span: number) => [
      { id: 'a', at: ago(2 + span) },
      { id: 'b', at: ago(5) },
      { id: 'c', at: ago(2) },
    ];
    expect(assessRisk({ ...none, contacts: contacts(14) }, asOf, windowStart(asOf)).map((r) => r.kind)).toEqual(['repeat_contacts']);
    expect(assessRisk({ ...none, contacts: contacts(14 + 1 / 1440) }, asOf, windowStart(asOf))).toEqual([]);
  });

  it('lists every contact of the latest qualifying run, oldest first', () => {
    const contacts = [1, 3, 6, 9, 40].map((d, i) => ({ id: `e${i}`, at: ago(d) }));
    const [reason] = assessRisk({ ...none, contacts }, asOf, windowStart(asOf));
    expect(reason.detail).toEqual({ count: 4, withinDays: 14, events: ['e3', 'e2', 'e1', 'e0'].map((id) => ({ id, at: contacts.find((c) => c.id === id)!.at.toISOString() })) });
  });

  it('takes drops of NPS ≥ 4, CSAT ≥ 2 and CES ≥ 3 between the last two answers of a metric, whenever the earlier one was', () => {
    const answers = (metric: 'nps' | 'csat' | 'ces', from: number, to: number) => [
      { id: `${metric}-1`, metric, score: from, at: ago(300) },
      { id: `${metric}-2`, metric, score: to, at: ago(1) },
    ];
    const kinds = (metric: 'nps' | 'csat' | 'ces', from: number, to: number) =>
      assessRisk({ ...none, responses: answers(metric, from, to) }, asOf, windowStart(asOf)).map((r) => r.kind);
    expect(kinds('nps', 10, 7)).toEqual([]);
    expect(kinds('nps', 10, 6)).toEqual(['detractor', 'score_drop']);
    expect(kinds('csat', 5, 4)).toEqual([]);
    expect(kinds('csat', 5, 3)).toEqual(['score_drop']);
    expect(kinds('ces', 7, 5)).toEqual([]);
    expect(kinds('ces', 7, 4)).toEqual(['score_drop']);
  });

  it('ignores answers after the evaluation instant (no hindsight)', () => {
    const responses = [{ id: 'r', metric: 'nps' as const, score: 0, at: new Date(asOf.getTime() + 1) }];
    expect(assessRisk({ ...none, responses }, asOf, windowStart(asOf))).toEqual([]);
  });
});

describe('riskScore and evidenceKeys', () => {
  it('scores the number of kinds, not of pieces of evidence', () => {
    const responses = [0, 1, 2].map((s, i) => ({ id: `r${i}`, metric: 'nps' as const, score: s, at: ago(i + 1) }));
    const reasons = assessRisk({ ...none, responses }, asOf, windowStart(asOf));
    expect(reasons.filter((r) => r.kind === 'detractor')).toHaveLength(3);
    expect(riskScore(reasons)).toBe(1);
    expect(evidenceKeys(reasons)).toEqual(['detractor:r0', 'detractor:r1', 'detractor:r2']);
  });
});

describe('nextFlagState', () => {
  const reasons = assessRisk({ ...none, responses: [{ id: 'r1', metric: 'nps', score: 3, at: ago(1) }] }, asOf, windowStart(asOf));
  const row = (over: Partial<FlagRow>): FlagRow => ({
    id: 'f',
    customerId: 'c',
    status: 'active',
    reasons,
    score: 1,
    firstFlaggedAt: ago(3),
    lastEvaluatedAt: ago(1),
    clearedAt: null,
    clearedReason: null,
    dismissedAt: null,
    dismissedBy: null,
    dismissedByApiKeyId: null,
    dismissedEvidence: [],
    ...over,
  });

  it('keeps the start of an ongoing flagging and starts a new one after a clear', () => {
    expect(nextFlagState(row({}), reasons, false, asOf)).toMatchObject({ status: 'active', firstFlaggedAt: ago(3) });
    expect(nextFlagState(row({ status: 'cleared', clearedAt: ago(2) }), reasons, false, asOf)).toMatchObject({ status: 'active', firstFlaggedAt: asOf });
  });

  it('writes nothing for a customer neither flagged nor showing a signal', () => {
    expect(nextFlagState(undefined, [], false, asOf)).toBeNull();
    expect(nextFlagState(row({ status: 'cleared', clearedAt: ago(2) }), [], false, asOf)).toBeNull();
  });

  it('keeps a dismissed flag dismissed on the same evidence', () => {
    expect(nextFlagState(row({ status: 'dismissed', dismissedEvidence: ['detractor:r1'] }), reasons, false, asOf)).toMatchObject({ status: 'dismissed' });
  });
});
