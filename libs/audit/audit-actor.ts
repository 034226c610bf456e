import { ExecutionContext, createParamDecorator } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { ActorKind } from './audit-entry.entity';

/**
 * Who did something, as the audit log records it, with the request it came
 * in (id and client address). Built at the edge (a controller's @Actor()
 * parameter, the CLI) and handed to the service that changes data, because
 * services do not see requests.
 */
export interface AuditActor {
  kind: ActorKind;
  userId: string | null;
  apiKeyId: string | null;
  /** Name and e-mail, or the key's name, as they were then: users are renamed, keys revoked. */
  label: string;
  requestId: string | null;
  clientAddress: string | null;
}

/** The command line (`npm run cli -- …`): whoever has shell access to the server. */
export const CLI_ACTOR: AuditActor = { kind: 'cli', userId: null, apiKeyId: null, label: 'cli', requestId: null, clientAddress: null };

/** Feedloop itself (first start, seeds, and callers that act on no one's behalf). */
export const SYSTEM_ACTOR: AuditActor = { kind: 'system', userId: null, apiKeyId: null, label: 'system', requestId: null, clientAddress: null };

/** What the dashboard's session middleware and the API's key guard put on a request; structural, so audit needs no import of auth. */
interface ActorRequest extends Request {
  user?: { id: string; name: string; email: string };
  apiKey?: { id: string; name: string };
}

export function actorOf(req: Request, res?: Response): AuditActor {
  const r = req as ActorRequest;
  const header = res?.getHeader('x-request-id');
  const requestId = typeof header === 'string' ? header : null;
  const clientAddress = req.ip ?? null;
  if (r.user) return { kind: 'user', userId: r.user.id, apiKeyId: null, label: `${r.user.name} <${r.user.email}>`, requestId, clientAddress };
  if (r.apiKey) return { kind: 'api_key', userId: null, apiKeyId: r.apiKey.id, label: `API key ${r.apiKey.name}`, requestId, clientAddress };
  return { ...SYSTEM_ACTOR, requestId, clientAddress };
}

/** The signed-in user or the calling API key, for the audit row of whatever the route changes. */
export const Actor = createParamDecorator((_: unknown, ctx: ExecutionContext): AuditActor => {
  const http = ctx.switchToHttp();
  return actorOf(http.getRequest<Request>(), http.getResponse<Response>());
});
