/** The exit-interview taxonomy: why a customer leaves. */
export const CHURN_REASONS = [
  'too_expensive',
  'poor_service',
  'delivery_problems',
  'product_quality',
  'missing_features',
  'switched_to_competitor',
  'no_longer_needed',
  'moving',
  'technical_problems',
  'other',
] as const;
export type ChurnReason = (typeof CHURN_REASONS)[number];

export const DESTINATIONS = ['competitor', 'no_replacement', 'not_sure'] as const;
export type Destination = (typeof DESTINATIONS)[number];

export const MIGHT_RETURN = ['yes', 'no', 'maybe'] as const;
export type MightReturn = (typeof MIGHT_RETURN)[number];

/**
 * Which department must hear of a reason, and the catalogue theme it is.
 * Price belongs to product (the catalogue's `price_too_high` theme is
 * product's: pricing is a product decision); billing hears of invoice and
 * charge problems, which no reason names, through the comment's own themes
 * (invoice_error, unexpected_charge, refund). Reasons about the customer's
 * life (moving, no longer needed), a competitor or "other" route nowhere by
 * themselves; their comment still may.
 */
export const REASON_ROUTES: Readonly<Partial<Record<ChurnReason, { department: string; theme: string | null }>>> = {
  poor_service: { department: 'customer_service', theme: null },
  delivery_problems: { department: 'logistics', theme: null },
  too_expensive: { department: 'product', theme: 'price_too_high' },
  product_quality: { department: 'product', theme: 'product_defect' },
  missing_features: { department: 'product', theme: 'missing_feature' },
  technical_problems: { department: 'digital', theme: 'website_app' },
};

export const REASON_LABELS: Readonly<Record<'pl' | 'en', Record<ChurnReason, string>>> = {
  pl: {
    too_expensive: 'Za drogo',
    poor_service: 'Słaba obsługa',
    delivery_problems: 'Problemy z dostawą',
    product_quality: 'Jakość produktu',
    missing_features: 'Brak potrzebnych funkcji',
    switched_to_competitor: 'Przejście do konkurencji',
    no_longer_needed: 'Już nie potrzebuję',
    moving: 'Przeprowadzka',
    technical_problems: 'Problemy techniczne',
    other: 'Inny powód',
  },
  en: {
    too_expensive: 'Too expensive',
    poor_service: 'Poor service',
    delivery_problems: 'Delivery problems',
    product_quality: 'Product quality',
    missing_features: 'Missing features',
    switched_to_competitor: 'Switched to a competitor',
    no_longer_needed: 'No longer needed',
    moving: 'Moving away',
    technical_problems: 'Technical problems',
    other: 'Something else',
  },
};
