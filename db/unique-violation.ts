/**
 * Whether an error from either driver (postgres.js or PGlite, wrapped by Drizzle or not) is a
 * unique violation of the named constraint.
 */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  for (let current = error; current instanceof Error; current = current.cause) {
    const fields = current as Error & {
      code?: string;
      constraint?: string;
      constraint_name?: string;
    };
    if (fields.code === "23505") {
      return (fields.constraint_name ?? fields.constraint) === constraint;
    }
  }
  return false;
}
