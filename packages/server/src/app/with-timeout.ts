/**
 * Waits for `work`, or for `ms` milliseconds, whichever comes first; on timeout the value of
 * `onTimeout()` is returned and `work` is left to settle unobserved (its rejection is swallowed). A
 * synchronous computation cannot be interrupted this way: the timeout bounds waiting (a slow body, an
 * asynchronous renderer), while the body and batch limits bound computation.
 *
 * @example
 * ```ts
 * const value = await withTimeout(readBody(), 30_000, () => 'timed out');
 * ```
 */
export async function withTimeout<T>(work: Promise<T>, ms: number, onTimeout: () => T): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(onTimeout()), ms);
  });
  work.catch(() => undefined);
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
