/**
 * How long a ticket's fields may be. Kept apart from the zod schema in ticket-input.ts because
 * the Submit a Ticket form imports it in the browser, and zod would add ~30 KB to that page.
 */
export const ticketLimits = { name: 100, subject: 200, description: 20_000 } as const;
