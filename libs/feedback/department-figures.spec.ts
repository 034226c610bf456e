import { DataSource } from 'typeorm';
import { AccessScope } from '@feedloop/auth/access-scope';
import { TestApi, startTestApi } from '../../test/api';
import { makeFeedbackItem } from '../../test/factories/feedback-items';
import { FeedbackStatsService } from './feedback-stats.service';
import { RoutedScoresService } from './routed-scores.service';

/** The overview's per-department figures: theme volume and routed scores, narrowed by scope and by the item's filters. */
describe('theme volume and routed scores', () => {
  let api: TestApi;
  let stats: FeedbackStatsService;
  let routed: RoutedScoresService;
  let logistics: string;
  let billing: string;
  const start = new Date('2026-03-02T00:00:00Z');
  const at = (day: number) => new Date(start.getTime() + day * 86_400_000 + 3_600_000);
  const bounds = [start, new Date(start.getTime() + 7 * 86_400_000), new Date(start.getTime() + 14 * 86_400_000)];

  beforeAll(async () => {
    api = await startTestApi();
    const db = api.app.get(DataSource);
    stats = api.app.get(FeedbackStatsService);
    routed = api.app.get(RoutedScoresService);
    [{ id: logistics }] = await db.query(`SELECT id FROM departments WHERE key = 'logistics'`);
    [{ id: billing }] = await db.query(`SELECT id FROM departments WHERE key = 'billing'`);
    const item = (department: string, day: number, score: number, team: string, contactChannel: string, themes: string[]) =>
      makeFeedbackItem(api.app, { department, metric: 'nps', score, team, contactChannel, themes, createdAt: at(day) });
    await item('logistics', 1, 2, 'Kurierzy', 'phone', ['late_delivery', 'damaged_parcel']);
    await item('logistics', 2, 10, 'Kurierzy', 'chat', ['late_delivery']);
    await item('logistics', 9, 5, 'Infolinia', 'phone', ['late_delivery']);
    await item('billing', 3, 0, 'Kurierzy', 'phone', ['invoice_error']);
    // Outside the bounds: counted nowhere.
    await item('logistics', 20, 1, 'Kurierzy', 'phone', ['late_delivery']);
  });

  afterAll(async () => {
    await api?.close();
  });

  const sorted = <T>(rows: T[]) => rows.map((r) => JSON.stringify(r)).sort();

  it('counts theme mentions per department and bucket, narrowed by team and contact channel', async () => {
    const admin = AccessScope.system();
    expect(sorted(await stats.themeVolume(admin, { bounds }))).toEqual(
      sorted([
        { departmentId: logistics, themeKey: 'late_delivery', bucket: 1, items: 2 },
        { departmentId: logistics, themeKey: 'damaged_parcel', bucket: 1, items: 1 },
        { departmentId: logistics, themeKey: 'late_delivery', bucket: 2, items: 1 },
        { departmentId: billing, themeKey: 'invoice_error', bucket: 1, items: 1 },
      ]),
    );
    expect(sorted(await stats.themeVolume(admin, { bounds, team: 'Kurierzy', contactChannel: 'phone' }))).toEqual(
      sorted([
        { departmentId: logistics, themeKey: 'late_delivery', bucket: 1, items: 1 },
        { departmentId: logistics, themeKey: 'damaged_parcel', bucket: 1, items: 1 },
        { departmentId: billing, themeKey: 'invoice_error', bucket: 1, items: 1 },
      ]),
    );
  });

  it('gives a department head their own department only, whatever department is asked for', async () => {
    const head = AccessScope.of({ id: '00000000-0000-4000-8000-000000000001', role: 'department_head', departmentId: billing });
    expect(await stats.themeVolume(head, { bounds })).toEqual([{ departmentId: billing, themeKey: 'invoice_error', bucket: 1, items: 1 }]);
    expect(await stats.themeVolume(head, { bounds, departmentId: logistics })).toEqual([]);
  });

  it('sums the scores of the responses routed to a department, per bucket, with the filters', async () => {
    const rows = await routed.sums(logistics, { bounds, filters: { team: 'Kurierzy' } });
    expect(rows).toEqual([
      { metric: 'nps', bucket: 1, group: '', n: 2, scoreSum: 12, scoreSqSum: 104, promoters: 1, detractors: 1, satisfied: 0 },
    ]);
    const byChannel = await routed.sums(logistics, { bounds, groupBy: 'contactChannel' });
    expect(sorted(byChannel.map((r) => ({ bucket: r.bucket, group: r.group, n: r.n, scoreSum: r.scoreSum })))).toEqual(
      sorted([
        { bucket: 1, group: 'chat', n: 1, scoreSum: 10 },
        { bucket: 1, group: 'phone', n: 1, scoreSum: 2 },
        { bucket: 2, group: 'phone', n: 1, scoreSum: 5 },
      ]),
    );
  });
});
