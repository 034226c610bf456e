import { HttpConfig } from '@feedloop/core/config/app-config';
import { SurveyEntity, SurveyMetric } from './survey.entity';
import { SurveyMessageRenderer, overrideTemplateProblem } from './survey-message.renderer';

const renderer = new SurveyMessageRenderer(Object.assign(new HttpConfig(), { publicUrl: 'https://feedback.example.com' }));

function survey(overrides: Partial<SurveyEntity> = {}): SurveyEntity {
  return Object.assign(new SurveyEntity(), {
    id: '00000000-0000-4000-8000-000000000001',
    name: 'Post-contact CSAT',
    kind: 'post_contact',
    metric: 'csat',
    status: 'active',
    question: { pl: 'Jak oceniasz naszą pomoc w tej sprawie?', en: 'How satisfied are you with the help you received?' },
    followUp: { pl: 'Jaki jest główny powód Twojej oceny?', en: 'What is the main reason for your score?' },
    channels: ['email', 'sms'],
    triggerEventType: 'contact',
    triggerFilters: {},
    delayMinutes: 60,
    throttleDays: 30,
    quietHoursStart: '21:00',
    quietHoursEnd: '08:00',
    expiryHours: 168,
    reminderAfterHours: 72,
    smsTransliterate: false,
    templates: {},
    createdAt: new Date(),
    updatedAt: new Date(),
    ...overrides,
  });
}

const hrefs = (html: string) => [...html.matchAll(/<a [^>]*href="([^"]+)"/g)].map((m) => m[1]);
const scoreLinks = (urls: string[]) => urls.filter((u) => u.includes('?score='));
const range = (min: number, max: number) => Array.from({ length: max - min + 1 }, (_, i) => min + i);

describe(SurveyMessageRenderer.name, () => {
  describe('renderEmail', () => {
    it.each<[SurveyMetric, number, number]>([
      ['csat', 1, 5],
      ['nps', 0, 10],
      ['ces', 1, 7],
    ])('links every %s score from %i to %i, in order, in the HTML and the text part', (metric, min, max) => {
      const email = renderer.renderEmail(survey({ metric }), { locale: 'pl', token: 'tok123' });
      const expected = range(min, max).map((n) => `https://feedback.example.com/s/tok123?score=${n}`);
      expect(scoreLinks(hrefs(email.html))).toEqual(expected);
      const inText = email.text.match(/https:\/\/\S+\?score=\d+/g);
      expect(inText).toEqual(expected);
    });

    it('makes every score link a tappable block of at least 44 px', () => {
      const { html } = renderer.renderEmail(survey({ metric: 'nps' }), { locale: 'en', token: 't' });
      const anchors = [...html.matchAll(/<a [^>]*href="[^"]+\?score=\d+"[^>]*style="([^"]+)"/g)].map((m) => m[1]);
      expect(anchors).toHaveLength(11);
      for (const style of anchors) {
        expect(style).toContain('display:block');
        expect(Number(/(?:^|;)height:(\d+)px/.exec(style)?.[1])).toBeGreaterThanOrEqual(44);
        expect(Number(/(?:^|;)width:(\d+)px/.exec(style)?.[1])).toBeGreaterThanOrEqual(44);
      }
    });

    it('puts at most six score buttons in a row, so a 360 px phone shows them without scrolling', () => {
      const { html } = renderer.renderEmail(survey({ metric: 'nps' }), { locale: 'pl', token: 't' });
      const rows = [...html.matchAll(/<tr>\s*((?:<td style="padding:\d+px;">[\s\S]*?<\/td>\s*)+)<\/tr>/g)].map((m) => (m[1].match(/\?score=/g) ?? []).length);
      expect(rows).toEqual([6, 5]);
      const cellPadding = Number(/<td style="padding:(\d+)px;">\s*<a href="[^"]+\?score=/.exec(html)![1]);
      const anchor = /<a href="[^"]+\?score=\d+" style="([^"]+)"/.exec(html)![1];
      const width = Number(/(?:^|;)width:(\d+)px/.exec(anchor)![1]);
      const border = Number(/(?:^|;)border:(\d+)px/.exec(anchor)![1]);
      // The outer cells pad the content by 8 + 8 px and the score block by 4 + 4 px.
      expect(6 * (width + 2 * border + 2 * cellPadding) + 24).toBeLessThanOrEqual(360);
    });

    it('inlines all CSS and declares the language', () => {
      const pl = renderer.renderEmail(survey(), { locale: 'pl', token: 't' });
      const en = renderer.renderEmail(survey(), { locale: 'en', token: 't' });
      expect(pl.html).toMatch(/<html lang="pl">/);
      expect(en.html).toMatch(/<html lang="en">/);
      expect(pl.html).not.toMatch(/<style|<link|class="/);
      expect(pl.html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    });

    it('links the unsubscribe page visibly in both parts and returns its URL for the List-Unsubscribe header', () => {
      const email = renderer.renderEmail(survey(), { locale: 'pl', token: 'tok123' });
      expect(email.unsubscribeUrl).toBe('https://feedback.example.com/s/tok123/unsubscribe');
      expect(email.answerUrl).toBe('https://feedback.example.com/s/tok123');
      expect(email.html).toMatch(/<a href="https:\/\/feedback\.example\.com\/s\/tok123\/unsubscribe"[^>]*>Wypisz się<\/a>/);
      expect(email.text).toContain('Wypisz się: https://feedback.example.com/s/tok123/unsubscribe');
      expect(hrefs(email.html)).toContain('https://feedback.example.com/s/tok123');
    });

    it('keeps Polish text intact, with the scale labels and the privacy line', () => {
      const email = renderer.renderEmail(survey({ metric: 'nps', question: { pl: 'Jak bardzo prawdopodobne jest, że polecisz nas znajomemu?', en: 'x' } }), {
        locale: 'pl',
        token: 't',
      });
      expect(email.subject).toBe('Jak nam poszło? Wystarczy jedno kliknięcie');
      for (const part of [email.html, email.text]) {
        expect(part).toContain('Jak bardzo prawdopodobne jest, że polecisz nas znajomemu?');
        expect(part).toContain('wykorzystamy wyłącznie do poprawy obsługi');
      }
      expect(email.text).toContain('0 = wcale, 10 = na pewno');
      // "=" is written as an entity in HTML, which a mail client shows as "=".
      expect(email.html).toContain('0 &#x3D; wcale, 10 &#x3D; na pewno');
    });

    it.each<[SurveyMetric, string]>([
      ['csat', '1 = very dissatisfied, 5 = very satisfied'],
      ['nps', '0 = not at all likely, 10 = extremely likely'],
      ['ces', '1 = very difficult, 7 = very easy'],
    ])('labels the ends of the %s scale in English', (metric, label) => {
      expect(renderer.renderEmail(survey({ metric }), { locale: 'en', token: 't' }).text).toContain(label);
    });

    it('greets the customer by name, shown as text when it contains markup', () => {
      const email = renderer.renderEmail(survey(), { locale: 'pl', token: 't', customerName: 'Anna <b>Nowak</b> & "Syn"' });
      expect(email.html).toContain('Dzień dobry, Anna &lt;b&gt;Nowak&lt;/b&gt; &amp; &quot;Syn&quot;,');
      expect(email.html).not.toContain('<b>');
      expect(email.text).toContain('Dzień dobry, Anna <b>Nowak</b> & "Syn",');
    });

    it('greets without a name when none is known', () => {
      expect(renderer.renderEmail(survey(), { locale: 'pl', token: 't', customerName: null }).text.startsWith('Dzień dobry,\n')).toBe(true);
      expect(renderer.renderEmail(survey(), { locale: 'en', token: 't', customerName: '  ' }).text.startsWith('Hello,\n')).toBe(true);
    });

    it('marks the reminder in the subject and the opening', () => {
      const first = renderer.renderEmail(survey(), { locale: 'en', token: 't' });
      const reminder = renderer.renderEmail(survey(), { locale: 'en', token: 't', reminder: true });
      expect(reminder.subject).toBe(`Reminder: ${first.subject}`);
      expect(reminder.text).toContain('A few days ago we asked you one question.');
      expect(first.text).not.toContain('A few days ago');
      expect(scoreLinks(hrefs(reminder.html))).toEqual(scoreLinks(hrefs(first.html)));
    });

    it("uses the survey's subject and intro for the locale, escaping them in HTML", () => {
      const s = survey({
        templates: { pl: { emailSubject: '{{customerName}}, jak było w sklepie?', emailIntro: 'Byłeś u nas <dziś> – oceń wizytę.' } },
      });
      const pl = renderer.renderEmail(s, { locale: 'pl', token: 't', customerName: 'Anna', reminder: true });
      expect(pl.subject).toBe('Przypomnienie: Anna, jak było w sklepie?');
      expect(pl.html).toContain('Byłeś u nas &lt;dziś&gt; – oceń wizytę.');
      expect(pl.text).toContain('Byłeś u nas <dziś> – oceń wizytę.');
      const en = renderer.renderEmail(s, { locale: 'en', token: 't' });
      expect(en.subject).toBe('How did we do? One click is all it takes');
    });

    it('keeps a subject on one line whatever the override holds', () => {
      const s = survey({ templates: { en: { emailSubject: 'Hi {{customerName}}' } } });
      expect(renderer.renderEmail(s, { locale: 'en', token: 't', customerName: 'Ann\r\nBcc: x@example.com' }).subject).toBe('Hi Ann Bcc: x@example.com');
    });

    it('encodes the token in links and keeps a path in PUBLIC_URL', () => {
      const behindProxy = new SurveyMessageRenderer(Object.assign(new HttpConfig(), { publicUrl: 'https://example.com/feedloop' }));
      const email = behindProxy.renderEmail(survey(), { locale: 'en', token: 'a/b c', customerName: null });
      expect(scoreLinks(hrefs(email.html))[0]).toBe('https://example.com/feedloop/s/a%2Fb%20c?score=1');
      expect(email.unsubscribeUrl).toBe('https://example.com/feedloop/s/a%2Fb%20c/unsubscribe');
    });
  });

  describe('renderSms', () => {
    it('asks the question with reply instructions and STOP, and is UCS-2 with Polish diacritics', () => {
      const sms = renderer.renderSms(survey(), { locale: 'pl', token: 't' });
      expect(sms.text).toBe('Jak oceniasz naszą pomoc w tej sprawie? Odpisz liczbą 1-5 i komentarzem. STOP = rezygnacja');
      expect(sms).toMatchObject({ encoding: 'UCS-2', segments: 2, characters: 90, transliterated: false });
    });

    it('transliterates to GSM-7 when the survey asks for it, in fewer segments', () => {
      const plain = renderer.renderSms(survey({ metric: 'nps', question: { pl: 'Jak bardzo prawdopodobne jest, że polecisz nas znajomemu?', en: 'x' } }), { locale: 'pl', token: 't' });
      const gsm = renderer.renderSms(survey({ metric: 'nps', smsTransliterate: true, question: { pl: 'Jak bardzo prawdopodobne jest, że polecisz nas znajomemu?', en: 'x' } }), {
        locale: 'pl',
        token: 't',
      });
      expect(gsm.text).toBe('Jak bardzo prawdopodobne jest, ze polecisz nas znajomemu? Odpisz liczba 0-10 i komentarzem. STOP = rezygnacja');
      expect(gsm).toMatchObject({ encoding: 'GSM-7', segments: 1, transliterated: true });
      expect(plain.encoding).toBe('UCS-2');
      expect(gsm.segments).toBeLessThan(plain.segments);
    });

    it('lets the caller override the survey setting (the preview shows both)', () => {
      const s = survey({ smsTransliterate: true });
      expect(renderer.renderSms(s, { locale: 'pl', token: 't', transliterate: false }).encoding).toBe('UCS-2');
    });

    it('writes English instructions for English customers, in one GSM-7 segment', () => {
      const sms = renderer.renderSms(survey({ metric: 'ces' }), { locale: 'en', token: 't' });
      expect(sms.text).toBe('How satisfied are you with the help you received? Reply with a number 1-7 and a comment. STOP = opt out');
      expect(sms).toMatchObject({ encoding: 'GSM-7', segments: 1 });
    });

    it("uses the survey's SMS text for the locale, with the answer link when it asks for one", () => {
      const s = survey({ templates: { pl: { smsText: 'Oceń nas {{scaleMin}}-{{scaleMax}}: {{answerUrl}}  \n STOP = rezygnacja\n' } } });
      const sms = renderer.renderSms(s, { locale: 'pl', token: 'tok' });
      expect(sms.text).toBe('Oceń nas 1-5: https://feedback.example.com/s/tok\nSTOP = rezygnacja');
    });
  });

  describe(overrideTemplateProblem.name, () => {
    it('accepts text with the documented variables', () => {
      expect(overrideTemplateProblem('{{customerName}}: {{question}} {{answerUrl}} {{scaleMin}}-{{scaleMax}}')).toBeNull();
    });

    it('reports unbalanced blocks and unknown helpers', () => {
      expect(overrideTemplateProblem('{{#if customerName}}hi')).toEqual(expect.any(String));
      expect(overrideTemplateProblem('{{lookupSecrets question}}')).toEqual(expect.any(String));
    });
  });
});
