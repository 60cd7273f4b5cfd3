import { browser } from 'wxt/browser';
import type { Request, Response, ResponseFor } from '../core/messages';

/** Typed request to the background; rejects with the background's own error text. */
export async function ask<R extends Request>(request: R): Promise<ResponseFor<R>> {
  const response = (await browser.runtime.sendMessage(request)) as Response<ResponseFor<R>> | undefined;
  if (!response) throw new Error('the extension background did not answer');
  if (!response.ok) throw new Error(response.error);
  return response.value;
}
