/** How e-mails are compared and stored: trimmed, lower-case. */
export function normaliseEmail(email: string): string {
  return (email ?? '').trim().toLowerCase();
}
