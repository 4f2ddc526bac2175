import { uploadThingStandInEnv } from "../support/uploadthing-stand-in";
import { e2eBanEnv } from "./ban-settings";
import { e2eDataDir, e2ePort, e2eTarget } from "./e2e-paths";

export const e2eBaseURL = `http://127.0.0.1:${e2ePort}`;

/** Where the hosted target's stand-ins listen, and the secrets the portal is given for them. */
export const hostedServices = {
  controlUrl: `http://127.0.0.1:${e2ePort + 1}`,
  resendPort: e2ePort + 2,
  resendApiKey: "re_e2e_stand_in_key",
  upstashPort: e2ePort + 3,
  upstashToken: "e2e-upstash-stand-in-token",
  upstashKeyPrefix: `podpora-e2e-${e2ePort}`,
  uploadThingPort: e2ePort + 4,
  uploadThingAppId: "appe2estandin",
  uploadThingApiKey: "sk_test_e2e_stand_in_key",
  databaseUrl: (() => {
    const url = new URL(
      process.env.TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/postgres",
    );
    url.pathname = `/podpora_e2e_${e2ePort}`;
    return url.toString();
  })(),
};

const hostedEnv = {
  DATABASE_URL: hostedServices.databaseUrl,
  RESEND_API_KEY: hostedServices.resendApiKey,
  RESEND_BASE_URL: `http://127.0.0.1:${hostedServices.resendPort}`,
  UPSTASH_REDIS_REST_URL: `http://127.0.0.1:${hostedServices.upstashPort}`,
  UPSTASH_REDIS_REST_TOKEN: hostedServices.upstashToken,
  UPSTASH_KEY_PREFIX: hostedServices.upstashKeyPrefix,
  ...uploadThingStandInEnv(`http://localhost:${hostedServices.uploadThingPort}`, {
    appId: hostedServices.uploadThingAppId,
    apiKey: hostedServices.uploadThingApiKey,
  }),
};

const embeddedEnv = { DATABASE_URL: "", RESEND_API_KEY: "" };

/**
 * The portal's configuration for the target; the npm scripts the tests run beside the portal
 * (`ban:lift`, `staff:create-admin`) get the same. The dev mailbox stays on in both, as the
 * place the tests find which emails were queued; on the hosted target an email is read only
 * once Resend's stand-in has received it.
 */
export const portalEnv: Record<string, string> = {
  PODPORA_DATA_DIR: e2eDataDir,
  APP_URL: e2eBaseURL,
  DEV_MAILBOX: "true",
  NEXT_TELEMETRY_DISABLED: "1",
  ...e2eBanEnv,
  ...(e2eTarget === "hosted" ? hostedEnv : embeddedEnv),
};
