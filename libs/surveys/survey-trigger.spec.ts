import type { SurveyEntity } from './survey.entity';
import { TriggerCustomerAttributes, TriggerEvent, matchesTrigger } from './survey-trigger';

type Rule = Pick<SurveyEntity, 'triggerEventType' | 'triggerFilters'>;

const contact = (overrides: Partial<TriggerEvent> = {}): TriggerEvent => ({ type: 'contact', contactChannel: 'phone', team: 'Infolinia', ...overrides });

describe(matchesTrigger.name, () => {
  const cases: Array<[string, Rule, TriggerEvent, TriggerCustomerAttributes | null, boolean]> = [
    ['matches an event of the type when there are no filters', { triggerEventType: 'contact', triggerFilters: {} }, contact(), {}, true],
    ['does not match an event of another type', { triggerEventType: 'signup', triggerFilters: {} }, contact(), {}, false],
    ['never matches when the survey has no trigger', { triggerEventType: null, triggerFilters: {} }, contact(), {}, false],
    ['treats empty filter lists as no filter', { triggerEventType: 'contact', triggerFilters: { contactChannels: [], teams: [], attributes: {} } }, contact(), {}, true],
    ['matches a contact channel in the list', { triggerEventType: 'contact', triggerFilters: { contactChannels: ['chat', 'phone'] } }, contact(), {}, true],
    ['does not match a contact channel outside the list', { triggerEventType: 'contact', triggerFilters: { contactChannels: ['chat'] } }, contact(), {}, false],
    ['does not match an event without a channel when channels are filtered', { triggerEventType: 'contact', triggerFilters: { contactChannels: ['chat'] } }, contact({ contactChannel: null }), {}, false],
    ['matches a team ignoring case and surrounding spaces', { triggerEventType: 'contact', triggerFilters: { teams: ['infolinia'] } }, contact({ team: ' INFOLINIA ' }), {}, true],
    ['matches a Polish team name ignoring case', { triggerEventType: 'contact', triggerFilters: { teams: ['Łódź reklamacje'] } }, contact({ team: 'łódź REKLAMACJE' }), {}, true],
    ['does not match another team', { triggerEventType: 'contact', triggerFilters: { teams: ['Reklamacje'] } }, contact(), {}, false],
    ['does not match an event without a team when teams are filtered', { triggerEventType: 'contact', triggerFilters: { teams: ['Infolinia'] } }, contact({ team: null }), {}, false],
    ['matches when every attribute has the value', { triggerEventType: 'signup', triggerFilters: { attributes: { plan: 'gold', vip: true } } }, { type: 'signup' }, { plan: 'gold', vip: true, region: 'pl' }, true],
    ['does not match when one attribute differs', { triggerEventType: 'signup', triggerFilters: { attributes: { plan: 'gold', vip: true } } }, { type: 'signup' }, { plan: 'gold', vip: false }, false],
    ['does not match when the attribute is missing', { triggerEventType: 'signup', triggerFilters: { attributes: { plan: 'gold' } } }, { type: 'signup' }, {}, false],
    ['does not match when the attribute is null', { triggerEventType: 'signup', triggerFilters: { attributes: { plan: 'gold' } } }, { type: 'signup' }, { plan: null }, false],
    ['does not match when the customer has no attributes', { triggerEventType: 'signup', triggerFilters: { attributes: { plan: 'gold' } } }, { type: 'signup' }, null, false],
    ['compares attribute values as text (CSV imports store strings)', { triggerEventType: 'signup', triggerFilters: { attributes: { tier: 5, vip: true } } }, { type: 'signup' }, { tier: '5', vip: 'true' }, true],
    ['compares attribute strings case-sensitively', { triggerEventType: 'signup', triggerFilters: { attributes: { plan: 'gold' } } }, { type: 'signup' }, { plan: 'Gold' }, false],
    [
      'needs every filter to match (channel, team and attributes)',
      { triggerEventType: 'contact', triggerFilters: { contactChannels: ['phone'], teams: ['Infolinia'], attributes: { plan: 'gold' } } },
      contact(),
      { plan: 'silver' },
      false,
    ],
    [
      'matches when channel, team and attributes all match',
      { triggerEventType: 'contact', triggerFilters: { contactChannels: ['phone'], teams: ['Infolinia'], attributes: { plan: 'gold' } } },
      contact(),
      { plan: 'gold' },
      true,
    ],
  ];

  it.each(cases)('%s', (_name, rule, event, attributes, expected) => {
    expect(matchesTrigger(rule, event, attributes)).toBe(expected);
  });
});
