import { randomInt } from "node:crypto";

/**
 * Limits small enough for tests to cross quickly. Imported first by the ban tests, before any
 * module reads the configuration. Failed sign-ins keep the portal's default (5 in 15 minutes).
 */
process.env.BAN_LINK_REQUEST_LIMIT = "3";
process.env.BAN_TICKET_SUBMISSION_LIMIT = "3";
process.env.BAN_REQUEST_LIMIT = "10";
process.env.BAN_MINUTES = "10";
process.env.BAN_STORE_TIMEOUT_MS = "300";

/** An address of its own for each test, from the benchmarking range 198.18.0.0/15. */
export const newIpv4 = () => `198.18.${randomInt(0, 256)}.${randomInt(1, 255)}`;

/** A /64 of its own for each test, from the documentation range 2001:db8::/32. */
export const newIpv6Network = () =>
  `2001:db8:${randomInt(0x1000, 0x10000).toString(16)}:${randomInt(0x1000, 0x10000).toString(16)}`;
