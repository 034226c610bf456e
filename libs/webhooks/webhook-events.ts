/** What an endpoint can subscribe to. */
export const WEBHOOK_EVENT_TYPES = ['response.created', 'response.detractor', 'feedback_item.created', 'feedback_item.resolved', 'churn_case.opened', 'churn_case.closed'] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** Sent only by "send a test ping", to any endpoint whatever it subscribed to. */
export const PING_EVENT = 'ping';
export type DeliveryEventType = WebhookEventType | typeof PING_EVENT;

export const ENDPOINT_STATUSES = ['active', 'paused'] as const;
export type EndpointStatus = (typeof ENDPOINT_STATUSES)[number];

export type DeliveryStatus = 'pending' | 'succeeded' | 'failed' | 'cancelled';
