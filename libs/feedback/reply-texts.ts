/** The fixed words around a department's reply, per customer locale. */
export const REPLY_TEXTS = {
  pl: {
    subject: 'Odpowiedź w sprawie Twojej opinii',
    greeting: (name: string | null) => (name ? `Dzień dobry, ${name},` : 'Dzień dobry,'),
    quoteIntro: 'Twoja opinia:',
    signature: (department: string) => `Pozdrawiamy,\n${department}`,
    smsSignature: (department: string) => `— ${department}`,
  },
  en: {
    subject: 'About your feedback',
    greeting: (name: string | null) => (name ? `Hello ${name},` : 'Hello,'),
    quoteIntro: 'You wrote to us:',
    signature: (department: string) => `Kind regards,\n${department}`,
    smsSignature: (department: string) => `— ${department}`,
  },
} as const;
