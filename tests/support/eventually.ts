/**
 * Polls `check` until it returns something other than `undefined`/`false`, and returns that; fails
 * with `what` after `timeoutMs`. For effects that arrive asynchronously (domain events): the wait is
 * bounded so a broken delivery fails the test instead of hanging it, and nothing asserts on time.
 */
export async function eventually<T>(what: string, check: () => Promise<T | undefined | false> | T | undefined | false, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`Still waiting after ${timeoutMs / 1000} s for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
