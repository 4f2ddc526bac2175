import Link from "next/link";

const cardClass =
  "block rounded-lg border border-slate-200 bg-white p-5 shadow-sm no-underline hover:border-indigo-600";

export default function HomePage() {
  return (
    <div className="flex flex-col gap-8">
      <section className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold">How can we help?</h1>
        <p className="text-slate-700">
          Tell us what is wrong and our support team will answer by email and in My Tickets. You do
          not need an account to ask for help.
        </p>
      </section>
      <ul className="grid gap-4 sm:grid-cols-3">
        <li>
          <Link href="/tickets/new" className={cardClass}>
            <span className="block text-lg font-semibold text-indigo-800">Submit a Ticket</span>
            <span className="mt-1 block text-slate-700">Describe your issue and attach files.</span>
          </Link>
        </li>
        <li>
          <Link href="/track" className={cardClass}>
            <span className="block text-lg font-semibold text-indigo-800">Track my ticket</span>
            <span className="mt-1 block text-slate-700">
              Get a sign-in link by email to follow up.
            </span>
          </Link>
        </li>
        <li>
          <Link href="/login" className={cardClass}>
            <span className="block text-lg font-semibold text-indigo-800">Log in</span>
            <span className="mt-1 block text-slate-700">See My Tickets and your organisation.</span>
          </Link>
        </li>
      </ul>
    </div>
  );
}
