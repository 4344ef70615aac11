"use client";

import { useCallback } from "react";
import { useTranslations } from "next-intl";
import type { ApiFailure } from "./api";

/** A failed call's message for the reader: the server's own words, or ours for no answer at all. */
export function useApiError(): (failure: ApiFailure) => string {
  const t = useTranslations("chat.errors");
  return useCallback((failure) => (failure.reason === "server" ? failure.message : t(failure.reason)), [t]);
}
