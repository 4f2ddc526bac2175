import type { Metadata } from "next";
import { ComingSoon } from "@/components/coming-soon";

export const metadata: Metadata = { title: "Track my ticket" };

export default function TrackPage() {
  return (
    <ComingSoon title="Track my ticket">
      Soon you will enter your email address here and get a one-time link to My Tickets. Until then,
      reply to your confirmation email and quote your ticket&apos;s reference number.
    </ComingSoon>
  );
}
