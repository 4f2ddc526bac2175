"use client";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <div className="flex max-w-2xl flex-col gap-4">
      <h1 className="text-3xl font-bold">Something went wrong</h1>
      <p className="text-slate-700">
        We could not show this page or finish what you asked. Please try again in a moment; if it
        keeps happening, reload the page.
      </p>
      <p>
        <button type="button" onClick={reset} className="underline">
          Try again
        </button>
      </p>
    </div>
  );
}
