/** The command line of `npm run db:seed`: `--tickets <count>`, 1,000 when not given. */
export function parseSeedOptions(args: string[]): { tickets: number } | { error: string } {
  let tickets = 1_000;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    const [name, inline] = arg.split("=", 2);
    if (name !== "--tickets") return { error: `Unknown option ${arg}` };
    const value = inline ?? args[++i] ?? "";
    const parsed = Number(value.replace(/[_,]/g, ""));
    if (!Number.isInteger(parsed) || parsed < 1 || parsed > 10_000_000) {
      return { error: `--tickets must be a whole number from 1 to 10000000, not "${value}"` };
    }
    tickets = parsed;
  }
  return { tickets };
}
