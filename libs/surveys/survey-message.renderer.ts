import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Injectable } from '@nestjs/common';
import Handlebars from 'handlebars';
import { HttpConfig } from '@feedloop/core/config/app-config';
import { findRoot } from '@feedloop/core/source-root';
import { SmsEncoding, analyzeSms, transliterateToGsm } from '@feedloop/delivery/sms-encoding';
import { SurveyEntity, SurveyLocale, SurveyMetric, SurveyTemplateOverrides } from './survey.entity';
import { SCALES, scoresOf } from './survey-scale';
import { SURVEY_TEXTS } from './survey-texts';

export interface RenderEmailInput {
  locale: SurveyLocale;
  token: string;
  /** null or omitted: the greeting without a name. */
  customerName?: string | null;
  /** The one reminder, sent when the first e-mail went unanswered. */
  reminder?: boolean;
}

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
  /** `<PUBLIC_URL>/s/<token>`: the answer page, also what the outbox logs. */
  answerUrl: string;
  /** `<PUBLIC_URL>/s/<token>/unsubscribe`: for the visible link and the List-Unsubscribe headers. */
  unsubscribeUrl: string;
}

export interface RenderSmsInput {
  locale: SurveyLocale;
  token: string;
  /** Overrides survey.smsTransliterate (the preview shows both). */
  transliterate?: boolean;
}

export interface RenderedSms {
  text: string;
  encoding: SmsEncoding;
  segments: number;
  characters: number;
  transliterated: boolean;
}

/** What the messages are made of: a saved survey, or a draft being edited (the dashboard's live preview). */
export type SurveyMessageSource = Pick<SurveyEntity, 'kind' | 'metric' | 'question' | 'templates' | 'smsTransliterate'>;

/** What a survey's per-locale overrides may use. */
export interface OverrideVariables {
  customerName: string | null;
  question: string;
  answerUrl: string;
  /** null for an exit survey: it has no scale. */
  scaleMin: number | null;
  scaleMax: number | null;
}

/** Scores per row of buttons: six 48 px buttons with their gaps fit a 360 px phone. */
const MAX_SCORES_PER_ROW = 6;
const MAX_CACHED_OVERRIDES = 500;

interface Templates {
  html: Handlebars.TemplateDelegate;
  text: Handlebars.TemplateDelegate;
  sms: Handlebars.TemplateDelegate;
}

/** An environment of our own: nothing registered elsewhere leaks into customer-facing messages. */
const hbs = Handlebars.create();
let templates: Templates | undefined;

/** Compiled once per process, on first use. */
function loadTemplates(): Templates {
  if (!templates) {
    const dir = join(findRoot(), 'libs', 'surveys', 'templates');
    const read = (name: string) => readFileSync(join(dir, name), 'utf8');
    templates = {
      html: hbs.compile(read('email.html.hbs'), { strict: true }),
      // Plain text is not HTML: escaping would turn "&" into "&amp;" in the customer's inbox.
      text: hbs.compile(read('email.text.hbs'), { strict: true, noEscape: true }),
      sms: hbs.compile(read('sms.hbs'), { strict: true, noEscape: true }),
    };
  }
  return templates;
}

const overrideCache = new Map<string, Handlebars.TemplateDelegate>();

function compileOverride(source: string): Handlebars.TemplateDelegate {
  let compiled = overrideCache.get(source);
  if (!compiled) {
    // Overrides render to plain text; the HTML template escapes the result like any other value.
    compiled = hbs.compile(source, { noEscape: true, knownHelpersOnly: true });
    if (overrideCache.size >= MAX_CACHED_OVERRIDES) overrideCache.clear();
    overrideCache.set(source, compiled);
  }
  return compiled;
}

/**
 * The first problem of an override template, or null when it renders. Run on
 * create/update, so a broken template is a 400 and never a failed send.
 */
export function overrideTemplateProblem(source: string): string | null {
  try {
    compileOverride(source)({ customerName: 'Anna', question: 'Q', answerUrl: 'https://example.com/s/t', scaleMin: 1, scaleMax: 5 });
    return null;
  } catch (err) {
    overrideCache.delete(source);
    return (err instanceof Error ? err.message : String(err)).split('\n')[0];
  }
}

/**
 * Attribute escaping for the URLs we build. Handlebars would also write "=" as
 * &#x3D;: valid HTML, but link scanners reading the raw HTML (spam filters,
 * tests) would then see another URL than the one a click opens.
 */
function href(url: string): Handlebars.SafeString {
  return new hbs.SafeString(url.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
}

function chunk<T>(items: T[], maxPerRow: number): T[][] {
  const rows = Math.ceil(items.length / maxPerRow);
  const perRow = Math.ceil(items.length / rows);
  return Array.from({ length: rows }, (_, i) => items.slice(i * perRow, (i + 1) * perRow));
}

@Injectable()
export class SurveyMessageRenderer {
  constructor(private readonly http: HttpConfig) {}

  answerUrl(token: string): string {
    return `${this.http.publicUrl}/s/${encodeURIComponent(token)}`;
  }

  scoreUrl(token: string, score: number): string {
    return `${this.answerUrl(token)}?score=${score}`;
  }

  unsubscribeUrl(token: string): string {
    return `${this.answerUrl(token)}/unsubscribe`;
  }

  renderEmail(survey: SurveyMessageSource, input: RenderEmailInput): RenderedEmail {
    const t = SURVEY_TEXTS[input.locale];
    const overrides = this.overridesFor(survey, input.locale);
    const vars = this.variables(survey, input.locale, input.token, input.customerName ?? null);
    const scale = scaleOf(survey);

    const exit = scale === null;
    const subject = oneLine(overrides.emailSubject ? compileOverride(overrides.emailSubject)(vars) : exit ? t.exitSubject : t.subject);
    const answerUrl = vars.answerUrl;
    const unsubscribeUrl = this.unsubscribeUrl(input.token);
    // An exit survey asks why on its page (the exit interview); a score would mean nothing there.
    const scores = scale ? scoresOf(scale.metric).map((score) => ({ score, url: this.scoreUrl(input.token, score) })) : [];
    const context = {
      lang: input.locale,
      subject: input.reminder ? t.reminderPrefix + subject : subject,
      greeting: t.greeting(vars.customerName),
      reminderIntro: input.reminder ? t.reminderIntro : null,
      intro: overrides.emailIntro ? compileOverride(overrides.emailIntro)(vars).trim() : exit ? t.exitIntro : t.intro,
      exit,
      exitButton: t.exitButton,
      question: vars.question,
      chooseScore: t.chooseScore,
      scaleLabel: scale ? t.scaleLabels[scale.metric](scale.min, scale.max) : '',
      commentHint: t.commentHint,
      answerPagePrompt: t.answerPagePrompt,
      answerPageLink: t.answerPageLink,
      privacy: t.privacy,
      unsubscribePrompt: t.unsubscribePrompt,
      unsubscribeLink: t.unsubscribeLink,
    };
    const { html, text } = loadTemplates();
    return {
      subject: context.subject,
      html: html({
        ...context,
        scoreRows: chunk(scores.map((s) => ({ score: s.score, href: href(s.url) })), MAX_SCORES_PER_ROW),
        answerHref: href(answerUrl),
        unsubscribeHref: href(unsubscribeUrl),
      }),
      text: text({ ...context, scores, answerUrl, unsubscribeUrl }).replace(/\n{3,}/g, '\n\n'),
      answerUrl,
      unsubscribeUrl,
    };
  }

  renderSms(survey: SurveyMessageSource, input: RenderSmsInput): RenderedSms {
    const overrides = this.overridesFor(survey, input.locale);
    const vars = this.variables(survey, input.locale, input.token, null);
    const scale = scaleOf(survey);
    const raw = overrides.smsText
      ? compileOverride(overrides.smsText)(vars)
      : loadTemplates().sms({
          question: vars.question,
          instructions: scale ? SURVEY_TEXTS[input.locale].smsInstructions(scale.min, scale.max) : SURVEY_TEXTS[input.locale].exitSmsInstructions(vars.answerUrl),
        });
    // Every character is paid for: no stray spaces or the template file's trailing newline.
    const plain = raw.replace(/[ \t]+/g, ' ').replace(/ *\n */g, '\n').trim();
    const transliterated = input.transliterate ?? survey.smsTransliterate;
    const text = transliterated ? transliterateToGsm(plain) : plain;
    const analysis = analyzeSms(text);
    return { text, encoding: analysis.encoding, segments: analysis.segments, characters: analysis.characters, transliterated };
  }

  /** The answer to an SMS reply to an exit survey: the link to its page, transliterated as the survey's own SMS is. */
  renderExitSmsReply(survey: Pick<SurveyEntity, 'smsTransliterate'>, input: { locale: SurveyLocale; token: string }): string {
    const text = SURVEY_TEXTS[input.locale].exitSmsReply(this.answerUrl(input.token));
    return survey.smsTransliterate ? transliterateToGsm(text) : text;
  }

  private overridesFor(survey: SurveyMessageSource, locale: SurveyLocale): SurveyTemplateOverrides {
    return survey.templates?.[locale] ?? {};
  }

  private variables(survey: SurveyMessageSource, locale: SurveyLocale, token: string, customerName: string | null): OverrideVariables {
    const scale = scaleOf(survey);
    const other: SurveyLocale = locale === 'pl' ? 'en' : 'pl';
    return {
      customerName: customerName?.trim() || null,
      // Both locales are required on write; the fallback only covers rows edited by hand.
      question: survey.question[locale] ?? survey.question[other] ?? '',
      answerUrl: this.answerUrl(token),
      scaleMin: scale?.min ?? null,
      scaleMax: scale?.max ?? null,
    };
  }
}

/** The scale a survey's messages offer; null for an exit survey (whatever a draft's form says its metric is). */
function scaleOf(survey: Pick<SurveyMessageSource, 'kind' | 'metric'>): { metric: SurveyMetric; min: number; max: number } | null {
  if (survey.kind === 'exit' || !survey.metric) return null;
  return { metric: survey.metric, ...SCALES[survey.metric] };
}

/** Header values must not carry line breaks. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
