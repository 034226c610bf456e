import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { findRoot } from '@feedloop/core/source-root';
import { REPLY_TEXTS } from './reply-texts';

export interface ReplyInput {
  locale: 'pl' | 'en';
  customerName: string | null;
  departmentName: string;
  body: string;
  /** The customer's comment, quoted so they know what the reply is about. */
  comment: string | null;
}

/** An environment of our own: nothing registered elsewhere leaks into customer-facing messages. */
const hbs = Handlebars.create();
let compiled: { html: Handlebars.TemplateDelegate; text: Handlebars.TemplateDelegate; sms: Handlebars.TemplateDelegate } | undefined;

function templates() {
  if (!compiled) {
    const dir = join(findRoot(), 'libs', 'feedback', 'templates');
    const read = (name: string) => readFileSync(join(dir, name), 'utf8');
    compiled = {
      // Staff and customer text is escaped in HTML; the text and SMS parts are not HTML, so they are not.
      html: hbs.compile(read('reply.html.hbs'), { strict: true }),
      text: hbs.compile(read('reply.text.hbs'), { strict: true, noEscape: true }),
      sms: hbs.compile(read('reply.sms.hbs'), { strict: true, noEscape: true }),
    };
  }
  return compiled;
}

export function renderReplyEmail(input: ReplyInput): { subject: string; html: string; text: string } {
  const t = REPLY_TEXTS[input.locale];
  const vars = {
    lang: input.locale,
    subject: t.subject,
    greeting: t.greeting(input.customerName),
    paragraphs: input.body.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean),
    quote: input.comment,
    quoteIntro: t.quoteIntro,
    signature: t.signature(input.departmentName),
  };
  return { subject: t.subject, html: templates().html(vars), text: templates().text(vars) };
}

export function renderReplySms(input: ReplyInput): string {
  return templates().sms({ body: input.body.replace(/\s+/g, ' ').trim(), signature: REPLY_TEXTS[input.locale].smsSignature(input.departmentName) }).trim();
}
