import type { ComponentProps } from "react";
import { cn } from "@/lib/utils/cn";
import { inputClassName } from "@/components/ui/input";

export type TextareaProps = ComponentProps<"textarea">;

export function Textarea({ className, ...props }: TextareaProps) {
  return <textarea className={cn(inputClassName, "min-h-24 resize-y", className)} {...props} />;
}
