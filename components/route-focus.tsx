"use client";

import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";

/**
 * After a client-side navigation the old page's focused element is gone, and the browser
 * leaves focus on <body> somewhere in the middle of the document. Moving it to the new page's
 * heading lets keyboard and screen reader users start reading where the new content starts,
 * as they would after a full page load. The first render is left alone. Rendered after <main>
 * so its effect runs after the page's own.
 */
export function RouteFocus() {
  const pathname = usePathname();
  const previous = useRef(pathname);

  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    const main = document.querySelector("main");
    // Something on the new page (an error summary, a success heading) already took focus.
    if (main?.contains(document.activeElement)) return;
    const heading = main?.querySelector<HTMLElement>("h1");
    if (!heading) return;
    heading.tabIndex = -1;
    heading.focus();
  }, [pathname]);

  return null;
}
