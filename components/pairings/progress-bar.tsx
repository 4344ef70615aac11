import { cn } from "@/lib/utils/cn";

/** A labelled progress bar: the numbers are in `valueText` for assistive technology and usually shown beside it. */
export function ProgressBar({
  percent,
  label,
  valueText,
  className,
}: {
  percent: number;
  label: string;
  valueText: string;
  className?: string;
}) {
  const value = Math.max(0, Math.min(100, Math.round(percent)));
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={value}
      aria-valuetext={valueText}
      className={cn("h-2.5 w-full overflow-hidden rounded-full bg-muted ring-1 ring-inset ring-border", className)}
    >
      <div className="h-full rounded-full bg-primary transition-[width]" style={{ width: `${value}%` }} />
    </div>
  );
}
