import { Injectable } from '@nestjs/common';
import { scoresOf } from '@feedloop/surveys/survey-scale';
import { SURVEY_TEXTS } from '@feedloop/surveys/survey-texts';
import { PublicPages } from './public-page';
import { MAX_COMMENT_LENGTH } from './responses.service';
import type { ScoredInvitation } from './survey-answers.service';
import { SURVEY_PAGE_TEXTS, SurveyPageTexts } from './survey-page.texts';
import type { PageLocale } from './unsubscribe.service';

export type SurveyMessage = keyof SurveyPageTexts['messages'];

export interface SurveyFormState {
  /** The score to show selected: the one just recorded, the stored one, or the one submitted with an error. */
  score: number | null;
  comment: string;
  /** Shown after a score link recorded `score`: the page then thanks first and asks "why?". */
  saved: boolean;
  scoreError?: 'missing' | 'invalid';
  commentError?: 'too_long' | 'invalid';
}

/** Answer scales up to 7 fit one row on a 360 px phone; NPS's 11 take two rows of 6 and 5. */
const columnsFor = (count: number) => (count <= 7 ? count : 6);

/** The answering pages: the scale with the comment, thank-you, and the pages saying why a link leads nowhere. */
@Injectable()
export class SurveyPage {
  constructor(private readonly pages: PublicPages) {}

  form(invitation: ScoredInvitation, state: SurveyFormState): string {
    const t = SURVEY_PAGE_TEXTS[invitation.locale];
    const { min, max } = invitation.scale;
    const scores = scoresOf(invitation.metric);
    const scoreError = state.scoreError && (state.scoreError === 'missing' ? t.scoreMissing(min, max) : t.scoreInvalid(min, max));
    const commentError = state.commentError && (state.commentError === 'too_long' ? t.commentTooLong(MAX_COMMENT_LENGTH) : t.commentInvalid);
    const title = state.saved ? t.savedHeading(state.score!) : invitation.question || t.formTitle;
    return this.pages.render('survey', invitation.locale, (scoreError || commentError ? t.errorTitlePrefix : '') + title, {
      saved: state.saved ? { heading: t.savedHeading(state.score!), text: t.savedText } : null,
      question: invitation.question,
      columns: columnsFor(scores.length),
      // With an error, focus starts at the field to fix: autofocus works without JavaScript.
      scale: scores.map((value, i) => ({ value, checked: value === state.score, autofocus: !!scoreError && i === 0 })),
      scaleHint: SURVEY_TEXTS[invitation.locale].scaleLabels[invitation.metric](min, max),
      scoreError: scoreError ?? null,
      followUp: invitation.followUp,
      comment: state.comment,
      commentError: commentError ?? null,
      commentHint: t.commentHint(MAX_COMMENT_LENGTH),
      maxLength: MAX_COMMENT_LENGTH,
      submit: t.submit,
    });
  }

  /** `changeHref`: where the answer can be changed (relative to the thank-you page). */
  thanks(invitation: ScoredInvitation, changeHref: string): string {
    const t = SURVEY_PAGE_TEXTS[invitation.locale];
    return this.pages.render('thanks', invitation.locale, t.thanksTitle, {
      heading: t.thanksHeading,
      scoreText: t.thanksScore(invitation.score!, invitation.scale.min, invitation.scale.max),
      commentLabel: t.thanksCommentLabel,
      comment: invitation.comment,
      text: t.thanksText,
      changeHref,
      changeLink: t.changeLink,
    });
  }

  message(message: SurveyMessage, locale: PageLocale): string {
    const texts = SURVEY_PAGE_TEXTS[locale].messages[message];
    return this.pages.render('message', locale, texts.title, { heading: texts.heading, text: texts.text });
  }
}
