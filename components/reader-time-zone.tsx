"use client";

import { createContext, useContext, type ReactNode } from "react";
import { runtimeTimeZone } from "@/lib/time";

/** The signed-in reader's saved zone, for client components that write dates; null for a visitor. */
const ReaderTimeZone = createContext<string | null>(null);

export function ReaderTimeZoneProvider({ zone, children }: { zone: string | null; children: ReactNode }) {
  return <ReaderTimeZone value={zone}>{children}</ReaderTimeZone>;
}

/**
 * The zone to write dates in: the reader's saved one, so the server and the browser agree and every page shows
 * the same clock. A visitor has none: their browser's zone (the server's while rendering on the server).
 */
export function useReaderTimeZone(): string | null {
  return useContext(ReaderTimeZone) ?? runtimeTimeZone();
}
