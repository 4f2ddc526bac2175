"use client";

import { usePathname } from "next/navigation";
import { type ReactNode, useEffect, useRef } from "react";

/**
 * The signed-in person's menu in the header. A <details> element, so it opens and closes
 * without JavaScript; with it, the menu also closes on Escape, outside clicks and navigation.
 */
export function ProfileMenu({ name, children }: { name: string; children: ReactNode }) {
  const menu = useRef<HTMLDetailsElement>(null);
  const pathname = usePathname();

  useEffect(() => {
    if (pathname && menu.current) menu.current.open = false;
  }, [pathname]);

  useEffect(() => {
    const details = menu.current;
    if (!details) return;
    const onClick = (event: MouseEvent) => {
      if (details.open && !details.contains(event.target as Node)) details.open = false;
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "Escape" || !details.open) return;
      details.open = false;
      details.querySelector("summary")?.focus();
    };
    document.addEventListener("click", onClick);
    document.addEventListener("keydown", onKeyDown);
    return () => {
      document.removeEventListener("click", onClick);
      document.removeEventListener("keydown", onKeyDown);
    };
  }, []);

  return (
    <details ref={menu} className="relative">
      <summary className="flex cursor-pointer list-none items-center gap-1 rounded-md px-2 py-1 text-indigo-800 hover:bg-slate-100 [&::-webkit-details-marker]:hidden">
        <span className="sr-only">Profile menu: </span>
        {name}
        <span aria-hidden="true">▾</span>
      </summary>
      <ul className="absolute right-0 z-10 mt-2 flex min-w-48 flex-col rounded-md border border-slate-200 bg-white py-1 shadow-lg">
        {children}
      </ul>
    </details>
  );
}
