/** Polls `condition` until it holds; fails naming `what` when `timeoutMs` passes or `abort` says why to stop early. */
export async function eventually(
  what: string,
  condition: () => boolean | Promise<boolean>,
  options: { timeoutMs?: number; abort?: () => string | undefined } = {},
): Promise<void> {
  const deadline = Date.now() + (options.timeoutMs ?? 30_000);
  for (;;) {
    if (await condition()) return;
    const reason = options.abort?.();
    if (reason) throw new Error(`gave up waiting for ${what}: ${reason}`);
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
