import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Injectable } from '@nestjs/common';
import Handlebars from 'handlebars';
import { findRoot } from '@feedloop/core/source-root';
import { PublicPages } from '@feedloop/responses/public-page';
import { CHURN_REASONS, ChurnReason, DESTINATIONS, Destination, MIGHT_RETURN, MightReturn, REASON_LABELS } from './churn-reasons';
import { MAX_INTERVIEW_COMMENT } from './dto/churn-input.dto';
import { EXIT_PAGE_TEXTS } from './exit-page.texts';

export type ExitLocale = 'pl' | 'en';

/** What the form shows: the stored interview, or what was just posted with its errors. */
export interface ExitFormState {
  primaryReason: ChurnReason | null;
  secondaryReasons: ChurnReason[];
  destination: Destination | null;
  competitor: string;
  mightReturn: MightReturn | null;
  comment: string;
  errors: { primary?: 'missing'; destination?: 'needed'; competitor?: 'too_long'; comment?: 'too_long' };
}

/** An environment of our own: nothing registered elsewhere leaks into customer-facing pages. */
const hbs = Handlebars.create();

/** The exit interview page and its thank-you page, in the layout of the survey pages. */
@Injectable()
export class ExitInterviewPage {
  private readonly form: Handlebars.TemplateDelegate;
  private readonly thanksBody: Handlebars.TemplateDelegate;

  constructor(private readonly pages: PublicPages) {
    const dir = join(findRoot(), 'libs', 'churn', 'templates');
    this.form = hbs.compile(readFileSync(join(dir, 'exit.hbs'), 'utf8'), { strict: true });
    this.thanksBody = hbs.compile(readFileSync(join(dir, 'exit-thanks.hbs'), 'utf8'), { strict: true });
  }

  render(locale: ExitLocale, s: ExitFormState): string {
    const t = EXIT_PAGE_TEXTS[locale];
    const labels = REASON_LABELS[locale];
    const hasError = Object.keys(s.errors).length > 0;
    const body = this.form({
      heading: t.heading,
      intro: t.intro,
      primaryLegend: t.primaryLegend,
      primaryError: s.errors.primary ? t.primaryMissing : null,
      primary: CHURN_REASONS.map((value, i) => ({ value, label: labels[value], checked: value === s.primaryReason, autofocus: !!s.errors.primary && i === 0 })),
      secondaryLegend: t.secondaryLegend,
      secondary: CHURN_REASONS.map((value) => ({ value, label: labels[value], checked: s.secondaryReasons.includes(value) })),
      destinationLegend: t.destinationLegend,
      destinationError: s.errors.destination ? t.destinationNeeded : null,
      destinations: DESTINATIONS.map((value) => ({ value, label: t.destinations[value], checked: value === s.destination })),
      competitorLabel: t.competitorLabel,
      competitorError: s.errors.competitor ? t.competitorTooLong : null,
      competitor: s.competitor,
      returnLegend: t.returnLegend,
      mightReturn: MIGHT_RETURN.map((value) => ({ value, label: t.mightReturn[value], checked: value === s.mightReturn })),
      commentLabel: t.commentLabel,
      commentError: s.errors.comment ? t.commentTooLong(MAX_INTERVIEW_COMMENT) : null,
      comment: s.comment,
      maxLength: MAX_INTERVIEW_COMMENT,
      submit: t.submit,
    });
    return this.pages.renderBody(locale, (hasError ? t.errorTitlePrefix : '') + t.title, body);
  }

  /** `changeHref`: the form again, relative to the thank-you page. */
  thanks(locale: ExitLocale, changeHref: string): string {
    const t = EXIT_PAGE_TEXTS[locale];
    return this.pages.renderBody(locale, t.thanksTitle, this.thanksBody({ heading: t.thanksHeading, text: t.thanksText, changeHref, changeLink: t.changeLink }));
  }
}

/**
 * The urlencoded form as posted. Anything else (JSON, unknown values,
 * repeated single fields) is read as well as it can be and reported on its
 * field, never a crash.
 */
export function readExitForm(body: unknown): ExitFormState {
  const f = body !== null && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  const one = (v: unknown) => (typeof v === 'string' ? v : Array.isArray(v) && typeof v[0] === 'string' ? v[0] : '');
  const many = (v: unknown) => (typeof v === 'string' ? [v] : Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  const pick = <T extends string>(v: string, allowed: readonly T[]) => ((allowed as readonly string[]).includes(v) ? (v as T) : null);
  const state: ExitFormState = {
    primaryReason: pick(one(f.primaryReason), CHURN_REASONS),
    secondaryReasons: [...new Set(many(f.secondaryReasons).map((v) => pick(v, CHURN_REASONS)).filter((v): v is ChurnReason => v !== null))],
    destination: pick(one(f.destination), DESTINATIONS),
    competitor: one(f.competitor).trim(),
    mightReturn: pick(one(f.mightReturn), MIGHT_RETURN),
    comment: one(f.comment).trim(),
    errors: {},
  };
  if (!state.primaryReason) state.errors.primary = 'missing';
  if (state.competitor && state.destination !== 'competitor') state.errors.destination = 'needed';
  if (state.competitor.length > 200) state.errors.competitor = 'too_long';
  if (state.comment.length > MAX_INTERVIEW_COMMENT) state.errors.comment = 'too_long';
  return state;
}
