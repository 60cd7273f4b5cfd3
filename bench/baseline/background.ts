/**
 * Background of the naive baseline (bench/baseline/content.ts): answers one
 * number per message from an in-memory Map, the cheapest background there is,
 * so the baseline's cost is its content script's approach, not a database.
 * The flagged keys are the same list bench/page.ts imports into Collector
 * Shield; esbuild inlines them as BENCH_FLAGGED.
 */
declare const BENCH_FLAGGED: [string, string][];
declare const chrome: {
  runtime: {
    onMessage: { addListener(cb: (message: { type?: string; key?: string }, sender: unknown, reply: (r: unknown) => void) => void): void };
  };
};

const verdicts = new Map<string, string>(BENCH_FLAGGED);

chrome.runtime.onMessage.addListener((message, _sender, reply) => {
  if (message?.type === 'lookup' && typeof message.key === 'string') reply({ verdict: verdicts.get(message.key) ?? 'unknown' });
});
