import { type NextRequest, NextResponse } from "next/server";
import { bannedResponse } from "@/lib/bans/banned-response";
import { checkRequest } from "@/lib/bans/check-request";
import { staffPassesBan } from "@/lib/bans/staff-pass";
import { getConfig } from "@/lib/config/config";
import { clientIpFrom } from "@/lib/security/client-ip";
import { nonceHeader, securityHeadersFor } from "@/lib/security/security-headers";

/**
 * Runs before every page, server action and route handler: a banned address gets 429 and the
 * ban notice, and nothing else runs, unless it is the support team at work in its console. Every request also counts toward the flood limit. Every
 * answer, the notice too, gets the Content-Security-Policy with a fresh nonce.
 */
export async function proxy(request: NextRequest) {
  const config = getConfig();
  const security = securityHeadersFor(request.nextUrl.pathname, config);
  const clientIp = clientIpFrom(request.headers, config.trustedProxyCount);
  const verdict = isUploadThingHook(request)
    ? ({ banned: false } as const)
    : await checkRequest(clientIp);

  const banned = verdict.banned && !(await staffPassesBan(request, request.nextUrl.pathname));
  const response = banned
    ? bannedResponse(
        { pathname: request.nextUrl.pathname, headers: request.headers },
        {
          clientIp,
          until: verdict.until,
          supportEmail: config.supportEmail,
          nonce: security.nonce,
        },
      )
    : NextResponse.next({ request: { headers: withNonce(request.headers, security) } });
  for (const [name, value] of Object.entries(security.headers)) response.headers.set(name, value);
  return response;
}

/**
 * UploadThing's own call to the upload route when a file has arrived. Counted, a guest who
 * uploads many small files would have UploadThing's address banned, and every upload after
 * would fail. The route checks the call's signature before it does anything, so a forged one
 * gets a 400 and costs an HMAC; a presign request that claims to be a hook is taken for one and
 * refused.
 */
function isUploadThingHook(request: NextRequest) {
  return (
    request.method === "POST" &&
    request.nextUrl.pathname === "/api/uploadthing" &&
    request.headers.has("uploadthing-hook")
  );
}

/** Next.js reads the nonce from the request's own policy and puts it on every script it writes. */
function withNonce(original: Headers, security: ReturnType<typeof securityHeadersFor>) {
  const headers = new Headers(original);
  headers.set(nonceHeader, security.nonce);
  for (const [name, value] of Object.entries(security.headers)) headers.set(name, value);
  return headers;
}

export const config = {
  matcher: [
    // Not for files that cannot hurt and need no counting: built assets and the icons. Not
    // for /api/internal/, whose routes check a secret key and must answer `npm run ban:lift`
    // even from a banned address. Not by file extension: `/my-tickets/ABCD-2345.png` is a page.
    "/((?!_next/static/|_next/image|favicon\\.ico$|icon\\.svg$|api/internal/).*)",
  ],
};
