import Link from "next/link";
import { AlertTriangle } from "lucide-react";
import { Button } from "@/components/ui/button";

/** What a dead emailed link shows: why it no longer works, and the way to get a working one. */
export function DeadLink({ message, action }: { message: string; action: { href: string; label: string } }) {
  return (
    <div className="space-y-4">
      <p
        role="alert"
        className="flex gap-2 rounded-md border border-destructive/40 bg-destructive/10 px-3 py-2 text-sm text-destructive"
      >
        <AlertTriangle aria-hidden className="mt-0.5 size-4 shrink-0" />
        <span>{message}</span>
      </p>
      <Button asChild className="w-full">
        <Link href={action.href}>{action.label}</Link>
      </Button>
    </div>
  );
}
