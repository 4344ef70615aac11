import type { ComponentProps } from "react";
import { cn } from "@/lib/utils/cn";

export type LabelProps = ComponentProps<"label">;

/**
 * A form label. A plain `<label>` (it was Radix's, whose only addition is to stop a double click selecting the
 * label's text): no client code, so the pages whose forms use it do not carry Radix's primitive (issue 18).
 */
export function Label({ className, ...props }: LabelProps) {
  return (
    <label
      className={cn(
        "text-sm leading-none font-medium text-foreground peer-disabled:cursor-not-allowed peer-disabled:opacity-70",
        className,
      )}
      {...props}
    />
  );
}
