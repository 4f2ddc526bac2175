import { type NextRequest, NextResponse } from "next/server";
import { bannedResponse } from "@/lib/bans/banned-response";
import { checkRequest } from "@/lib/bans/check-request";
import { getConfig } from "@/lib/config/config";
import { clientIpFrom } from "@/lib/security/client-ip";

/**
 * Runs before every page, server action and route handler: a banned address gets 429 and the
 * ban notice, and nothing else runs. Every request also counts toward the flood limit.
 */
export async function proxy(request: NextRequest) {
  const { trustedProxyCount, supportEmail } = getConfig();
  const clientIp = clientIpFrom(request.headers, trustedProxyCount);
  const verdict = await checkRequest(clientIp);
  if (!verdict.banned) return NextResponse.next();

  return bannedResponse(
    { pathname: request.nextUrl.pathname, headers: request.headers },
    { clientIp, until: verdict.until, supportEmail },
  );
}

export const config = {
  matcher: [
    // Not for files that cannot hurt and need no counting: built assets, the favicon, images
    // and fonts from public/. Not for /api/internal/, whose routes check a secret key and must
    // answer `npm run ban:lift` even from a banned address.
    "/((?!_next/static/|_next/image|favicon\\.ico$|api/internal/|.*\\.(?:png|jpe?g|gif|svg|webp|avif|ico|woff2?)$).*)",
  ],
};
