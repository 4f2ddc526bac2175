import Link from "next/link";

export function SiteHeader() {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-4xl flex-wrap items-center justify-between gap-4 px-4 py-3">
        <Link href="/" className="text-lg font-bold text-slate-900 no-underline">
          Podpora <span className="font-normal text-slate-600">Support</span>
        </Link>
        <nav aria-label="Main">
          <ul className="flex flex-wrap gap-4 text-sm font-medium">
            <li>
              <Link href="/tickets/new">Submit a Ticket</Link>
            </li>
            <li>
              <Link href="/track">Track my ticket</Link>
            </li>
            <li>
              <Link href="/login">Log in</Link>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
