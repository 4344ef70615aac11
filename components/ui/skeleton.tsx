import type { ComponentProps } from "react";
import { cn } from "@/lib/utils/cn";

// Decorative by default: the loading UI around it should expose a text status instead.
export function Skeleton({ className, ...props }: ComponentProps<"div">) {
  return (
    <div aria-hidden="true" className={cn("rounded-md bg-muted motion-safe:animate-pulse", className)} {...props} />
  );
}
