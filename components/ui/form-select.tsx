import type { ComponentProps } from "react";
import { cn } from "@/lib/utils/cn";
import { inputClassName } from "@/components/ui/input";

export type FormSelectProps = Omit<ComponentProps<"select">, "value" | "defaultValue" | "multiple"> & {
  /** The value to show now: the saved one, or what was sent when the server answered with errors. */
  defaultValue: string;
};

/**
 * A native select inside a form posted to a server action. React 19 resets an uncontrolled form after its action,
 * and a select takes `defaultValue` only when it mounts: without the key it would fall back to the value it first
 * showed (or to its first option once that one is gone), and the next save would store that. Keyed by the value,
 * it mounts afresh whenever the value to show changes, so the reset lands on it.
 */
export function FormSelect({ defaultValue, className, children, ...props }: FormSelectProps) {
  return (
    <select key={defaultValue} defaultValue={defaultValue} className={cn(inputClassName, "h-10", className)} {...props}>
      {children}
    </select>
  );
}
