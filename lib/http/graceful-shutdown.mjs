// Stops the HTTP server without cutting anyone off. Plain JavaScript without "server-only":
// server.mjs loads it before Next.js, outside any bundle.

// lib/stop-server.ts leaves the application's own stop (timers, database) under this global
// key when the server starts: it lives in Next.js's bundle, which server.mjs cannot import.
const stopApplicationKey = Symbol.for("podpora.stop-application");

/** @returns {() => Promise<void>} */
function registeredStop() {
  return globalThis[stopApplicationKey] ?? (async () => {});
}

/** A line in lib/log.ts's shape. */
function logLine(level, event, fields = {}) {
  return `${JSON.stringify({ time: new Date().toISOString(), level, event, ...fields })}\n`;
}

/**
 * Prepares `server` for a graceful stop; call it right after creating the server, so that it
 * sees every request. Its `shutDown` stops listening at once, so new connections are refused
 * (a load balancer moves on), closes idle keep-alive connections, and lets requests in flight
 * finish for up to `graceMs`, each answer going out with `Connection: close`; whatever is still
 * open then is cut. Then the application stops: the outbox sender, the timers and the
 * database, which PGlite needs closed cleanly; it too gets `graceMs`. `shutDown` resolves with
 * the exit code: 0, or 1 when the application could not stop cleanly.
 * @param {import("node:http").Server} server
 */
export function gracefulShutdown(server) {
  let stopping = false;
  server.on("request", (_request, response) => {
    if (stopping && !response.headersSent) response.setHeader("connection", "close");
    // Its connection turns idle when the answer is sent, and is then closed.
    response.once("close", () => stopping && server.closeIdleConnections());
  });

  /** @param {{ graceMs?: number, stopApplication?: () => Promise<void>, write?: (line: string) => unknown }} [options] */
  async function shutDown(options = {}) {
    const { graceMs = 10_000, stopApplication = registeredStop(), write } = options;
    const out = write ?? ((line) => process.stdout.write(line));
    out(logLine("info", "server.stopping", { graceMs }));
    stopping = true;

    const closed = new Promise((resolve) => server.close(() => resolve(undefined)));
    server.closeIdleConnections();
    let cut = false;
    const deadline = setTimeout(() => {
      cut = true;
      server.closeAllConnections();
    }, graceMs);
    await closed;
    clearTimeout(deadline);
    if (cut) out(logLine("warn", "server.requests_cut", { graceMs }));

    let timer;
    const tooLong = new Promise((_resolve, reject) => {
      timer = setTimeout(() => reject(new Error(`still stopping after ${graceMs} ms`)), graceMs);
    });
    try {
      await Promise.race([stopApplication(), tooLong]);
      out(logLine("info", "server.stopped"));
      return 0;
    } catch (error) {
      const detail = error instanceof Error ? `${error.name}: ${error.message}` : "non-error value";
      out(logLine("error", "server.stop_failed", { error: detail.split("\n")[0] }));
      return 1;
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * Shuts down on the first SIGTERM or SIGINT and exits with the code; a second signal (Ctrl-C
   * again) exits at once.
   * @param {Parameters<typeof shutDown>[0]} [options]
   */
  function onSignals(options) {
    let signalled = false;
    const onSignal = () => {
      if (signalled) process.exit(1);
      signalled = true;
      shutDown(options).then((code) => process.exit(code));
    };
    process.on("SIGTERM", onSignal);
    process.on("SIGINT", onSignal);
  }

  return { shutDown, onSignals };
}
