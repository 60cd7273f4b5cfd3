import { browser } from 'wxt/browser';
import type { Request, Response, ResponseFor } from '../core/messages';
import { ProblemError } from '../core/problems';

/** Typed request to the background; rejects with the background's own error text. */
export async function ask<R extends Request>(request: R): Promise<ResponseFor<R>> {
  const response = (await browser.runtime.sendMessage(request)) as Response<ResponseFor<R>> | undefined;
  if (!response) throw new Error('the extension background did not answer');
  if (!response.ok) throw response.problem ? new ProblemError(response.problem) : new Error(response.error);
  return response.value;
}
