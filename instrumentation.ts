/**
 * Runs once when the server starts: a wrong configuration stops it here with a message that
 * names the variable, the database is opened and migrated, and the outbox sender starts.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startServer } = await import("@/lib/start-server");
  await startServer();
}
