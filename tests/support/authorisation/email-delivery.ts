import { GET as deliverEmailCron } from "@/app/api/cron/deliver-email/route";
import { getConfig } from "@/lib/config/config";
import { listEmailDelivery, retryFailedEmail } from "@/lib/staff/email-delivery";
import { failedEmail } from "@/tests/support/failed-email";
import type { MatrixRow } from "./row";
import { staffAllowed } from "./staff";
import { callerKinds } from "./world";

// The cron route's authority is its secret, not a session: read on first use, after this line.
process.env.CRON_SECRET ??= "matrix-cron-secret-0123456789";

/** Calls the cron route's handler as a scheduler would; refused means 401 or 404. */
async function cronAllowed(authorization: string | null): Promise<boolean> {
  const headers = authorization === null ? undefined : { authorization };
  const request = new Request("http://localhost/api/cron/deliver-email", { headers });
  const response = await deliverEmailCron(request);
  return ![401, 404].includes(response.status);
}

function configuredCronSecret(): string {
  const secret = getConfig().mail.cronSecret;
  if (!secret) throw new Error("CRON_SECRET was not set before the configuration was read");
  return secret;
}

const cronRoute = "app/api/cron/deliver-email/route.ts#GET";

// The world has no admin: admin-only rows are refused to all here, and
// tests/integration/staff-authorisation.test.ts shows admins may.
export const emailDeliveryRows: MatrixRow[] = [
  {
    name: "see failed and retrying emails (admins only)",
    covers: [],
    allowed: [],
    run: (caller) => staffAllowed(listEmailDelivery(caller)),
  },
  {
    name: "send a failed email again (admins only)",
    covers: ["app/staff/email/actions.ts#retryEmailAction"],
    allowed: [],
    run: async (caller) => staffAllowed(retryFailedEmail(caller, await failedEmail())),
  },
  {
    name: "run the scheduled email delivery without the cron secret",
    covers: [cronRoute],
    allowed: [],
    run: () => cronAllowed(null),
  },
  {
    name: "run the scheduled email delivery with a wrong cron secret",
    covers: [cronRoute],
    allowed: [],
    run: () => cronAllowed(`Bearer ${configuredCronSecret()}x`),
  },
  {
    // The secret is the authority: whoever holds it may run delivery, signed in or not.
    name: "run the scheduled email delivery with the cron secret",
    covers: [cronRoute],
    allowed: [...callerKinds],
    run: () => cronAllowed(`Bearer ${configuredCronSecret()}`),
  },
];
