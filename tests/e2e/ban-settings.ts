/**
 * The e2e portal's ban limits. Every test comes from 127.0.0.1, so the limits are high enough
 * that no test bans the address by accident: the accounts tests fail sign-ins and ask for
 * links on purpose, and every test loads pages and sends tickets. Only ip-ban.spec.ts crosses
 * a limit, on purpose, and it lifts the ban (and the counts) before and after.
 */
export const e2eSignInFailureLimit = 10;

export const e2eBanEnv = {
  BAN_SIGN_IN_FAILURE_LIMIT: String(e2eSignInFailureLimit),
  BAN_LINK_REQUEST_LIMIT: "1000",
  BAN_TICKET_SUBMISSION_LIMIT: "1000",
  BAN_REQUEST_LIMIT: "100000",
  BAN_MINUTES: "10",
  SUPPORT_EMAIL: "help@podpora.example",
  // Browsers without X-Forwarded-For keep their socket's address; staff.spec.ts gives one
  // browser an address of its own this way, so an agent on 127.0.0.1 can lift its ban.
  TRUSTED_PROXY_COUNT: "1",
};
