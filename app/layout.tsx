import type { Metadata } from "next";
import type { ReactNode } from "react";
import { RouteFocus } from "@/components/route-focus";
import { SiteHeader } from "@/components/site-header";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Podpora Support", template: "%s · Podpora Support" },
  description: "Contact our support team, follow your tickets and manage your organisation.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2"
        >
          Skip to content
        </a>
        <SiteHeader />
        <main id="main" className="mx-auto max-w-4xl px-4 py-8">
          {children}
        </main>
        <RouteFocus />
      </body>
    </html>
  );
}
