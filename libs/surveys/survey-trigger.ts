import type { SurveyEntity } from './survey.entity';

/** The parts of an event a trigger rule looks at. */
export interface TriggerEvent {
  type: string;
  contactChannel?: string | null;
  team?: string | null;
}

export type TriggerCustomerAttributes = Record<string, string | number | boolean | null | undefined>;

/**
 * Whether `event` of a customer with `customerAttributes` triggers `survey`.
 * Status is not looked at (SurveysService.listActiveForTrigger already returns
 * active surveys only), so this stays a pure function of the rule.
 *
 * Every filter that is set must match; an empty list or map is no filter.
 * Teams are compared trimmed and case-insensitively, because helpdesks send
 * "Infolinia" and "infolinia " for the same team. Attribute values are compared
 * as text, because CSV imports store `5` and `true` where the API stores 5 and true.
 */
export function matchesTrigger(
  survey: Pick<SurveyEntity, 'triggerEventType' | 'triggerFilters'>,
  event: TriggerEvent,
  customerAttributes: TriggerCustomerAttributes | null | undefined,
): boolean {
  if (survey.triggerEventType === null || survey.triggerEventType !== event.type) return false;
  const filters = survey.triggerFilters ?? {};

  if (filters.contactChannels?.length) {
    if (!event.contactChannel || !filters.contactChannels.includes(event.contactChannel)) return false;
  }
  if (filters.teams?.length) {
    const team = normalizeTeam(event.team);
    if (!team || !filters.teams.some((t) => normalizeTeam(t) === team)) return false;
  }
  for (const [key, expected] of Object.entries(filters.attributes ?? {})) {
    const actual = customerAttributes?.[key];
    if (actual === null || actual === undefined || String(actual) !== String(expected)) return false;
  }
  return true;
}

function normalizeTeam(team: string | null | undefined): string {
  return (team ?? '').trim().toLocaleLowerCase('pl');
}
