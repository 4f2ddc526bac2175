import Link from "next/link";

export default function NotFound() {
  return (
    <div className="flex max-w-2xl flex-col gap-4">
      <h1 className="text-3xl font-bold">Page not found</h1>
      <p className="text-slate-700">
        There is nothing at this address, or you do not have access to it.
      </p>
      <p>
        <Link href="/">Back to the start</Link>
      </p>
    </div>
  );
}
