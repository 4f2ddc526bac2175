import "server-only";
import { UTApi } from "uploadthing/server";
import { getConfig } from "@/lib/config/config";

/** Whether attachments go to UploadThing (UPLOADTHING_TOKEN set) instead of a local folder. */
export function usesUploadThing(): boolean {
  return getConfig().uploadThing !== undefined;
}

function settings() {
  const uploadThing = getConfig().uploadThing;
  if (!uploadThing) throw new Error("UploadThing is not configured (UPLOADTHING_TOKEN unset)");
  return uploadThing;
}

/**
 * The route handler's settings. The completion callback goes to APP_URL, the portal's public
 * address, not to whatever host name the upload request happened to arrive with.
 */
export function uploadRouteConfig() {
  const { token, ingestUrl } = settings();
  return {
    token,
    ingestUrl,
    callbackUrl: `${getConfig().appUrl}/api/uploadthing`,
    logLevel: "Warning" as const,
    logFormat: "json" as const,
  };
}

let api: UTApi | undefined;

/** UploadThing's server API; a UFS host override (a local stand-in) serves files by path. */
export function uploadThingApi(): UTApi {
  const { token, ingestUrl, apiUrl, ufsHost } = settings();
  api ??= new UTApi({
    token,
    ingestUrl,
    apiUrl,
    ufsHost,
    ufsAppIdLocation: ufsHost ? "path" : "subdomain",
    logLevel: "Warning",
    logFormat: "json",
  });
  return api;
}
