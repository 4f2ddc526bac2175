import Link from "next/link";

export function ComingSoon({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div className="flex max-w-2xl flex-col gap-4">
      <h1 className="text-3xl font-bold">{title}</h1>
      <p className="text-slate-700">{children}</p>
      <p>
        <Link href="/tickets/new">Submit a Ticket</Link> · <Link href="/">Back to the start</Link>
      </p>
    </div>
  );
}
