export interface ScoreScale {
  min: number;
  max: number;
}

export type SmsReply =
  | { kind: 'opt_out' }
  | { kind: 'answer'; score: number; comment: string | null }
  | { kind: 'invalid'; reason: string };

/**
 * Opt-out words are only honoured as the whole message, so a comment such as
 * "nie wiem" or "stop sending late parcels" is never read as an unsubscribe.
 * Compared after upper-casing and removing diacritics (REZYGNUJĘ = REZYGNUJE).
 */
const OPT_OUT_KEYWORDS = new Set([
  'STOP',
  'STOP ALL',
  'STOPALL',
  'UNSUBSCRIBE',
  'CANCEL',
  'END',
  'QUIT',
  'NIE',
  'REZYGNUJE',
  'REZYGNACJA',
  'WYPISZ',
]);

const MAX_REPLY_LENGTH = 1600;

/**
 * Reads an SMS answer to a one-question survey: a score at the start, then an
 * optional free-text comment ("9 szybka dostawa", "8/10 dobrze", " 7, ok").
 */
export function parseSmsReply(text: string, scale: ScoreScale): SmsReply {
  const trimmed = text.normalize('NFC').trim();
  if (trimmed.length === 0) return { kind: 'invalid', reason: 'the reply is empty' };
  if (trimmed.length > MAX_REPLY_LENGTH) return { kind: 'invalid', reason: `the reply is longer than ${MAX_REPLY_LENGTH} characters` };

  if (OPT_OUT_KEYWORDS.has(keywordForm(trimmed))) return { kind: 'opt_out' };

  if (/^\d+[.,]\d/.test(trimmed)) return { kind: 'invalid', reason: 'the score must be a whole number' };
  const match = /^(\d{1,3})(?!\d)(?:\s*\/\s*(\d{1,3})(?!\d))?(.*)$/su.exec(trimmed);
  if (!match) {
    return /^\d/.test(trimmed)
      ? { kind: 'invalid', reason: `the score must be a number from ${scale.min} to ${scale.max}` }
      : { kind: 'invalid', reason: `the reply does not start with a score from ${scale.min} to ${scale.max}` };
  }

  const score = Number(match[1]);
  if (match[2] !== undefined && Number(match[2]) !== scale.max) {
    return { kind: 'invalid', reason: `the score was given out of ${match[2]}, but the scale is ${scale.min} to ${scale.max}` };
  }
  if (score < scale.min || score > scale.max) {
    return { kind: 'invalid', reason: `the score ${score} is outside the scale ${scale.min} to ${scale.max}` };
  }
  return { kind: 'answer', score, comment: commentFrom(match[3]) };
}

function keywordForm(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[łŁ]/g, 'L')
    .toUpperCase()
    .replace(/[\s]+/g, ' ')
    .replace(/^[\s.!?,;:'"]+|[\s.!?,;:'"]+$/g, '');
}

/** Separators customers put between score and words (", ", " - ", ": ") are not part of the comment. */
function commentFrom(rest: string): string | null {
  const comment = rest.replace(/^[\s.,;:!?)\-–—/]+/u, '').trim();
  return comment.length > 0 ? comment : null;
}
