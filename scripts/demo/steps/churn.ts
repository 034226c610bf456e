import { ChurnConfig } from '@feedloop/core/config/app-config';
import { DAY_MS, DemoStep, HOUR_MS, MINUTE_MS, addMs, insertRows } from '../demo-context';

/** The cancellation reasons the demo CRM records, as the exit-interview taxonomy names them. */
const REASON_OF: Record<string, string> = {
  'too expensive': 'too_expensive',
  'switched to a competitor': 'switched_to_competitor',
  'poor customer service': 'poor_service',
  'delivery problems': 'delivery_problems',
  'no longer needed': 'no_longer_needed',
  'product quality': 'product_quality',
};
const SECONDARY = ['too_expensive', 'poor_service', 'delivery_problems', 'product_quality', 'missing_features', 'technical_problems'];
const COMPETITORS = ['Allegro Smart', 'Amazon', 'Zalando', 'Empik'];
const CALL_NOTES = ['Rozmowa z klientem, wysłuchałam powodów rezygnacji.', 'Oddzwoniłem, klient zgodził się porozmawiać o ofercie.', 'Klient nie odebrał, druga próba udana.'];
const OFFER_DETAILS: Record<string, string> = { discount: '30% rabatu na 3 miesiące', plan_change: 'Przejście na tańszy plan bez opłaty', pause: 'Zawieszenie abonamentu na 2 miesiące', free_service_visit: 'Bezpłatna wizyta serwisowa' };
const LOST_REASONS = ['Klient przeszedł do konkurencji, oferta niewystarczająca.', 'Klient nie potrzebuje już usługi.', 'Brak kontaktu z klientem po trzech próbach.', 'Cena nadal za wysoka mimo rabatu.'];

/**
 * Churn cases as the churn module opens them from cancellation events (owner
 * in turn among the retention agents, first contact due after
 * CHURN_FIRST_CONTACT_HOURS, the event linked), then worked by their agents:
 * a call, the exit interview recorded by the agent, save offers, and the
 * case won back or lost; the newest still open. Exit surveys are not sent for
 * demo cases, and interviews route no feedback items.
 */
export const demoChurn: DemoStep = {
  name: 'churn cases',
  async run(ctx, random) {
    const agents = ctx.users.filter((u) => u.role === 'retention_agent');
    const offerTypes: Array<{ id: string; key: string }> = await ctx.db.query('SELECT id, key FROM churn_offer_types WHERE active ORDER BY key');
    const firstContactHours = ctx.app.get(ChurnConfig).firstContactHours;
    const cases: unknown[][] = [];
    const links: unknown[][] = [];
    const offers: unknown[][] = [];
    const activities: unknown[][] = [];
    let turn = 0;
    const cancellations = ctx.events.filter((e) => e.type === 'cancellation');
    for (const e of cancellations) {
      const c = e.customer;
      const id = random.uuid();
      const owner = agents[turn++ % agents.length].id;
      const openedAt = e.processedAt;
      const recorded = (e.data.reason as string) ?? null;
      const act = (at: Date, kind: string, author: string | null, body: string | null, data: Record<string, unknown>) => {
        if (at <= ctx.now) activities.push([random.uuid(), id, c.id, kind, author, body, data, at]);
      };
      act(openedAt, 'opened', null, recorded, { source: 'event', ownerId: owner });
      links.push([e.id, id, openedAt]);

      let status = 'open';
      let firstContactedAt: Date | null = null;
      let interview: unknown[] = [null, [], null, null, null, null, null, null, null];
      let lostReason: string | null = null;
      let closedAt: Date | null = null;
      const callAt = addMs(openedAt, (random.chance(0.85) ? random.between(0.1, 0.9) : random.between(1.1, 3)) * firstContactHours * HOUR_MS);
      if (callAt <= ctx.now) {
        firstContactedAt = callAt;
        act(callAt, 'status_changed', owner, null, { from: 'open', to: 'contacted' });
        act(callAt, 'call', owner, random.pick(CALL_NOTES), {});
        status = 'contacted';
        const primary = REASON_OF[recorded ?? ''] ?? 'other';
        const interviewAt = addMs(callAt, random.between(2, 15) * MINUTE_MS);
        const secondary = random.chance(0.4) ? [random.pick(SECONDARY.filter((r) => r !== primary))] : [];
        const destination = primary === 'switched_to_competitor' ? 'competitor' : random.pick(['competitor', 'no_replacement', 'not_sure']);
        interview = [primary, secondary, destination, destination === 'competitor' ? random.pick(COMPETITORS) : null, random.pick(['yes', 'no', 'maybe']), null, 'agent', owner, interviewAt];
        act(interviewAt, 'interview', owner, null, { source: 'agent', primaryReason: primary, secondaryReasons: secondary });
        if (primary !== 'no_longer_needed' && primary !== 'moving' && random.chance(0.75)) {
          const offerAt = addMs(interviewAt, random.between(1, 20) * MINUTE_MS);
          const type = primary === 'too_expensive' ? random.pick(offerTypes.filter((t) => t.key !== 'free_service_visit')) : random.pick(offerTypes);
          const offerId = random.uuid();
          const decidedAt = addMs(offerAt, random.between(1, 6) * DAY_MS);
          const decided = decidedAt <= ctx.now;
          const accepted = random.chance(0.38);
          const outcome = decided ? (accepted ? 'accepted' : 'declined') : 'pending';
          offers.push([offerId, id, type.id, outcome, OFFER_DETAILS[type.key] ?? null, owner, offerAt, decided ? decidedAt : offerAt]);
          act(offerAt, 'status_changed', owner, null, { from: 'contacted', to: 'offer_made' });
          act(offerAt, 'offer', owner, OFFER_DETAILS[type.key] ?? null, { offerId, offerType: type.key, outcome: 'pending' });
          status = 'offer_made';
          if (decided) {
            act(decidedAt, 'offer', owner, null, { offerId, outcome });
            act(decidedAt, 'status_changed', owner, accepted ? null : (lostReason = random.pick(LOST_REASONS)), { from: 'offer_made', to: accepted ? 'won_back' : 'lost' });
            status = accepted ? 'won_back' : 'lost';
            closedAt = decidedAt;
          }
        } else {
          const lostAt = addMs(interviewAt, random.between(1, 48) * HOUR_MS);
          if (lostAt <= ctx.now) {
            lostReason = random.pick(LOST_REASONS);
            act(lostAt, 'status_changed', owner, lostReason, { from: 'contacted', to: 'lost' });
            status = 'lost';
            closedAt = lostAt;
          }
        }
      }
      cases.push([
        id, c.id, 'event', e.id, status, recorded, c.attributes.plan, c.attributes.monthlyRevenue, c.signupAt ?? c.createdAt, e.occurredAt, owner,
        addMs(openedAt, firstContactHours * HOUR_MS), firstContactedAt, lostReason, ...interview, closedAt, openedAt, closedAt ?? firstContactedAt ?? openedAt,
      ]);
    }
    const cols: Array<[string, string]> = [
      ['id', 'uuid'], ['customer_id', 'uuid'], ['source', 'text'], ['event_id', 'uuid'], ['status', 'text'], ['recorded_reason', 'text'], ['plan', 'text'], ['value_at_risk', 'numeric'],
      ['customer_since', 'timestamptz'], ['cancelled_at', 'timestamptz'], ['owner_id', 'uuid'], ['first_contact_due', 'timestamptz'], ['first_contacted_at', 'timestamptz'], ['lost_reason', 'text'],
      ['interview_primary_reason', 'text'], ['interview_secondary_reasons', 'jsonb'], ['interview_destination', 'text'], ['interview_competitor', 'text'], ['interview_might_return', 'text'],
      ['interview_comment', 'text'], ['interview_source', 'text'], ['interview_recorded_by', 'uuid'], ['interview_recorded_at', 'timestamptz'], ['closed_at', 'timestamptz'],
      ['created_at', 'timestamptz'], ['updated_at', 'timestamptz'],
    ];
    // interview_secondary_reasons is text[]: passed as JSON and unpacked; won_offer_id is set once the offers exist.
    ctx.counts.churn_cases = cases.length;
    if (cases.length) {
      const names = cols.map(([n]) => n);
      await ctx.db.query(
        `INSERT INTO churn_cases (${names.join(', ')})
         SELECT ${names.map((n) => (n === 'interview_secondary_reasons' ? `ARRAY(SELECT jsonb_array_elements_text(x.${n}))` : `x.${n}`)).join(', ')}
         FROM unnest(${cols.map(([, t], i) => `$${i + 1}::${t}[]`).join(', ')}) AS x(${names.join(', ')})`,
        cols.map(([, t], i) => cases.map((row) => (t === 'jsonb' ? JSON.stringify(row[i]) : row[i]))),
      );
    }
    await insertRows(ctx, 'churn_case_events', [['event_id', 'uuid'], ['case_id', 'uuid'], ['created_at', 'timestamptz']], links);
    await insertRows(ctx, 'churn_offers', [['id', 'uuid'], ['case_id', 'uuid'], ['offer_type_id', 'uuid'], ['outcome', 'text'], ['details', 'text'], ['author_id', 'uuid'], ['created_at', 'timestamptz'], ['updated_at', 'timestamptz']], offers);
    await ctx.db.query(
      `UPDATE churn_cases c SET won_offer_id = o.id FROM churn_offers o
       WHERE o.case_id = c.id AND c.status = 'won_back' AND o.outcome = 'accepted' AND c.id = ANY($1::uuid[])`,
      [cases.map((r) => r[0])],
    );
    activities.sort((a, b) => (a[7] as Date).getTime() - (b[7] as Date).getTime());
    await insertRows(ctx, 'churn_case_activities', [['id', 'uuid'], ['case_id', 'uuid'], ['customer_id', 'uuid'], ['kind', 'text'], ['author_id', 'uuid'], ['body', 'text'], ['data', 'jsonb'], ['created_at', 'timestamptz']], activities);
    if (agents.length && cancellations.length) await ctx.db.query('UPDATE churn_assignment_state SET last_user_id = $1', [agents[(turn - 1) % agents.length].id]);
  },
};
