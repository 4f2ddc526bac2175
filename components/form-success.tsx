"use client";

import { type ReactNode, useEffect, useId, useRef } from "react";

/** What a form answers when it worked; its heading takes focus so the answer is read out. */
export function FormSuccess({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section
      aria-labelledby={headingId}
      className="flex flex-col gap-2 rounded-md border-2 border-green-700 bg-green-50 p-4 text-green-950"
    >
      <h2
        id={headingId}
        ref={heading}
        tabIndex={-1}
        className="font-semibold focus:outline-2 focus:outline-green-700"
      >
        {title}
      </h2>
      {children}
    </section>
  );
}
