import Link from "next/link";
import { connection } from "next/server";
import { signOut } from "@/app/auth/actions";
import { getActor } from "@/lib/auth/current-actor";
import { ProfileMenu } from "./profile-menu";

const menuItemClass =
  "block w-full px-4 py-2 text-left font-medium text-indigo-800 no-underline hover:bg-slate-100";

export async function SiteHeader() {
  // What the header shows depends on who is asking, and every page's scripts need the request's
  // CSP nonce (proxy.ts), so no page is rendered ahead of time.
  await connection();
  const actor = await getActor();

  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-4xl flex-wrap items-center justify-between gap-4 px-4 py-3">
        <Link href="/" className="text-lg font-bold text-slate-900 no-underline">
          Podpora <span className="font-normal text-slate-600">Support</span>
        </Link>
        <nav aria-label="Main">
          <ul className="flex flex-wrap items-center gap-4 text-sm font-medium">
            <li>
              <Link href="/tickets/new">Submit a Ticket</Link>
            </li>
            {actor.kind !== "anonymous" ? (
              <>
                {actor.kind === "customer" && (
                  <li>
                    <Link href="/my-tickets">My Tickets</Link>
                  </li>
                )}
                <li>
                  <ProfileMenu name={actor.name || actor.email}>
                    {actor.kind === "agent" && (
                      <li>
                        <Link href="/staff" className={menuItemClass}>
                          Staff console
                        </Link>
                      </li>
                    )}
                    <li>
                      <Link href="/profile" className={menuItemClass}>
                        Profile
                      </Link>
                    </li>
                    {actor.kind === "customer" && (
                      <li>
                        <Link href="/organisation" className={menuItemClass}>
                          Organisation
                        </Link>
                      </li>
                    )}
                    <li>
                      <form action={signOut}>
                        <button type="submit" className={menuItemClass}>
                          Sign out
                        </button>
                      </form>
                    </li>
                  </ProfileMenu>
                </li>
              </>
            ) : (
              <>
                <li>
                  <Link href="/track">Track my ticket</Link>
                </li>
                <li>
                  <Link href="/login">Log in</Link>
                </li>
              </>
            )}
          </ul>
        </nav>
      </div>
    </header>
  );
}
