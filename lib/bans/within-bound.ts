import "server-only";

export type Bounded<T> =
  | { ok: true; value: T }
  | { ok: false; reason: "timeout" }
  | { ok: false; reason: "error"; error: unknown };

/**
 * Runs `work` and waits for it at most `ms` milliseconds. A ban store that hangs or fails (or
 * cannot even be set up) must never hold a request up for longer or break it, so callers get
 * an answer either way and decide what it means.
 */
export async function withinBound<T>(work: () => Promise<T>, ms: number): Promise<Bounded<T>> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<Bounded<T>>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, reason: "timeout" }), ms);
  });
  const settled = Promise.resolve()
    .then(work)
    .then(
      (value): Bounded<T> => ({ ok: true, value }),
      (error: unknown): Bounded<T> => ({ ok: false, reason: "error", error }),
    );
  try {
    return await Promise.race([settled, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
