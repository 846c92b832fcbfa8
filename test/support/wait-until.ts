/**
 * Polls `condition` until it holds; fails naming `what` after `timeoutMs`. The one way tests wait
 * for something asynchronous: on a loaded machine it just takes longer, instead of failing the
 * way a fixed sleep does. The bound only turns a hang into a readable failure; it is not a
 * performance assertion.
 */
export async function waitUntil(
  condition: () => Promise<boolean> | boolean,
  what: string,
  timeoutMs = 20_000,
  everyMs = 20,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
