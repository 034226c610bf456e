import { HttpStatus } from '@nestjs/common';
import type { Response } from 'express';
import { DomainError } from '@feedloop/core/errors/domain-error';
import { statusForCode } from './dashboard-error.filter';
import type { DashboardRequest } from './dashboard-request';
import { redirectAfterFlash, setFlash } from './flash';
import { FieldErrors, messageOf } from './forms';

/** What a page needs to show a broken rule: its status, the message above the actions and next to its field. */
export interface BrokenRule {
  status: number;
  errors: FieldErrors;
  alert: string;
}

/** The flash text of an action that worked, and where the browser goes next. */
export interface ActionDone {
  text: string;
  redirect: string;
}

/**
 * Runs one action of a page with action forms (an inbox item, a churn case)
 * and answers the POST: a flash and a 303 when it worked; a broken rule (an
 * illegal status change, a closed case, an assignee from elsewhere) handed
 * to `showAgain`, so the page comes back with the message and what was
 * typed. Not-found and access errors go to the error filter as they are,
 * except the codes in `formCodes`: something the form named that is not
 * there (an offer of the case) is the form's problem, not the page's.
 */
export async function runAction(
  req: DashboardRequest,
  res: Response,
  work: () => Promise<ActionDone>,
  showAgain: (rule: BrokenRule) => Promise<void>,
  formCodes: readonly string[] = [],
): Promise<void> {
  let done: ActionDone;
  try {
    done = await work();
  } catch (err) {
    if (!(err instanceof DomainError)) throw err;
    const status = statusForCode(err.code);
    if ((status === HttpStatus.NOT_FOUND && !formCodes.includes(err.code)) || status === HttpStatus.FORBIDDEN) throw err;
    const alert = messageOf(err, req.locale);
    return showAgain({ status, errors: err.field ? { [err.field]: alert } : {}, alert });
  }
  setFlash(req, 'success', done.text);
  await redirectAfterFlash(req, res, done.redirect);
}
