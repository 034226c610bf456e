/**
 * GSM 03.38 / 3GPP TS 23.038 default alphabet. ESC (0x1B) is left out on
 * purpose: in text it can only start an extension-table pair, never stand alone.
 */
const GSM_BASIC = new Set(
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
);
/** Extension table: each is sent as ESC + code, so it costs two septets. */
const GSM_EXTENSION = new Set('\f^{}\\[~]|€');

export type SmsEncoding = 'GSM-7' | 'UCS-2';

export interface SmsAnalysis {
  encoding: SmsEncoding;
  /** Characters as a person counts them (code points). */
  characters: number;
  /** What the limits count: septets for GSM-7 (extension characters are two), UTF-16 code units for UCS-2 (emoji are two). */
  units: number;
  segments: number;
  /** Units one segment of this message holds: 160/153 (GSM-7) or 70/67 (UCS-2) for a single/concatenated message. */
  perSegment: number;
  /** Units still free in the last segment before another one is needed. */
  remaining: number;
}

const LIMITS: Record<SmsEncoding, { single: number; multi: number }> = {
  'GSM-7': { single: 160, multi: 153 },
  'UCS-2': { single: 70, multi: 67 },
};

export function isGsm7(text: string): boolean {
  for (const ch of text) if (!GSM_BASIC.has(ch) && !GSM_EXTENSION.has(ch)) return false;
  return true;
}

export function analyzeSms(text: string): SmsAnalysis {
  const encoding: SmsEncoding = isGsm7(text) ? 'GSM-7' : 'UCS-2';
  const parts = splitSms(text);
  const units = unitsOf(text, encoding);
  const perSegment = parts.length > 1 ? LIMITS[encoding].multi : LIMITS[encoding].single;
  return {
    encoding,
    characters: [...text].length,
    units,
    segments: parts.length,
    perSegment,
    remaining: perSegment - unitsOf(parts[parts.length - 1], encoding),
  };
}

/**
 * The parts a concatenated SMS is sent as. A two-septet extension character or
 * a surrogate pair is never cut across parts, so a message can need one more
 * part than units / perSegment suggests (and this count is what the SMSC bills).
 */
export function splitSms(text: string): string[] {
  const encoding: SmsEncoding = isGsm7(text) ? 'GSM-7' : 'UCS-2';
  const { single, multi } = LIMITS[encoding];
  if (unitsOf(text, encoding) <= single) return [text];
  const parts: string[] = [];
  let current = '';
  let used = 0;
  for (const ch of text) {
    const cost = unitsOf(ch, encoding);
    if (used + cost > multi) {
      parts.push(current);
      current = '';
      used = 0;
    }
    current += ch;
    used += cost;
  }
  parts.push(current);
  return parts;
}

function unitsOf(text: string, encoding: SmsEncoding): number {
  if (encoding === 'UCS-2') return text.length;
  let septets = 0;
  for (const ch of text) septets += GSM_EXTENSION.has(ch) ? 2 : 1;
  return septets;
}

const TRANSLITERATIONS: Record<string, string> = {
  ą: 'a', ć: 'c', ę: 'e', ł: 'l', ń: 'n', ó: 'o', ś: 's', ź: 'z', ż: 'z',
  Ą: 'A', Ć: 'C', Ę: 'E', Ł: 'L', Ń: 'N', Ó: 'O', Ś: 'S', Ź: 'Z', Ż: 'Z',
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'", '`': "'", '´': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u2033': '"', '«': '"', '»': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u2026': '...', '\u2022': '-', '\u00B7': '-',
  '\u00A0': ' ', '\u2002': ' ', '\u2003': ' ', '\u2007': ' ', '\u2009': ' ', '\u202F': ' ',
  '\u200B': '', '\u200C': '', '\u200D': '', '\uFEFF': '',
  '\t': ' ',
};

/**
 * Rewrites a text so it fits the GSM-7 alphabet (160 characters a segment
 * instead of 70): Polish diacritics lose their marks, typographic quotes,
 * dashes and the ellipsis become their ASCII forms. Letters GSM-7 already has
 * (é, ü, Ä, ß...) are kept. Characters with no GSM-7 form (emoji, CJK) stay as
 * they are, so analyzeSms() of the result still tells the truth about the cost.
 */
export function transliterateToGsm(text: string): string {
  let out = '';
  for (const ch of text) {
    if (GSM_BASIC.has(ch) || GSM_EXTENSION.has(ch)) out += ch;
    else if (ch in TRANSLITERATIONS) out += TRANSLITERATIONS[ch];
    else out += withoutMarks(ch);
  }
  return out;
}

/** Latin letters outside the table (á, č, ř, ş...) keep their base letter rather than forcing UCS-2. */
function withoutMarks(ch: string): string {
  const base = ch.normalize('NFD').replace(/\p{M}+/gu, '');
  return base.length > 0 && isGsm7(base) ? base : ch;
}
