import { Hourglass } from "lucide-react";

/** Before the program starts, a matched pair's steps wait (decision 015): when they open, and what to do meanwhile. */
export function StepsWaiting({ programName }: { programName: string }) {
  return (
    <div className="flex items-start gap-3 rounded-lg border border-primary/40 bg-accent p-4 text-accent-foreground">
      <Hourglass aria-hidden className="mt-0.5 size-5 shrink-0" />
      <div className="space-y-1">
        <h3 className="font-semibold">Your first step opens when {programName} starts</h3>
        <p className="text-sm">
          The admins start the program once applications have closed, and you will both hear from us then. Until then,
          say hello and read the steps ahead.
        </p>
      </div>
    </div>
  );
}
