import Link from "next/link";

/**
 * A missing ticket (or other page) inside the staff console, shown below the console's own
 * navigation. Only agents get here: to anyone else the console's layout is itself not found.
 */
export default function StaffNotFound() {
  return (
    <div className="flex max-w-2xl flex-col gap-4">
      <h1 className="text-3xl font-bold">Not found in the staff console</h1>
      <p className="text-slate-700">
        There is no ticket or page at this address. Check the reference, or find the ticket in the
        queue.
      </p>
      <p>
        <Link href="/staff">Back to the queue</Link>
      </p>
    </div>
  );
}
