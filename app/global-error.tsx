"use client";

import "./globals.css";

/**
 * Shown when even the root layout fails, so it brings its own <html> and <body>. Like
 * app/error.tsx it says nothing of the error itself: the server logs it with the request id.
 */
export default function GlobalError({ reset }: { error: Error; reset: () => void }) {
  return (
    <html lang="en">
      <body>
        <main id="main" className="mx-auto flex max-w-2xl flex-col gap-4 px-4 py-8">
          <title>Something went wrong · Podpora Support</title>
          <h1 className="text-3xl font-bold">Something went wrong</h1>
          <p className="text-slate-700">
            The support portal could not show this page. Please try again in a moment; if it keeps
            happening, come back later.
          </p>
          <p className="flex gap-4">
            <button type="button" onClick={reset} className="underline">
              Try again
            </button>
            <a href="/">Back to the start</a>
          </p>
        </main>
      </body>
    </html>
  );
}
