import "server-only";
import { getConfig } from "@/lib/config/config";

export const sessionLifetimeSeconds = 30 * 24 * 60 * 60;

/** The session cookie: HttpOnly, SameSite=Lax, and Secure with the __Host- prefix over HTTPS. */
export function sessionCookie() {
  const secure = getConfig().secureCookies;
  return {
    name: secure ? "__Host-podpora.session" : "podpora.session",
    options: { httpOnly: true, sameSite: "lax" as const, path: "/", secure },
  };
}
