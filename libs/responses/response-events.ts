/**
 * Domain event published (JobsService.publish) in the transaction that stores
 * or changes an answer, for modules that act on answers (feedback routing).
 * First answers from a score link's fast path publish nothing: listeners that
 * need those sweep for them (see FeedbackRoutingService.sweep).
 */
export const RESPONSE_RECORDED = 'response.recorded';

export interface ResponseRecordedEvent {
  responseId: string;
}
