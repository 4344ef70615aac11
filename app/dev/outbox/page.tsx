import type { Metadata } from "next";
import { requireUserForPage } from "@/lib/auth/session";
import { findOutbox } from "@/lib/notifications/outbox";
import { orNotFound } from "@/lib/http/page";
import { RelativeTime } from "@/components/notifications/relative-time";
import { Badge } from "@/components/ui/badge";

export const metadata: Metadata = { title: "Development outbox" };

export default async function OutboxPage() {
  const user = await requireUserForPage();
  const emails = await orNotFound(findOutbox(user));
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Development outbox</h1>
        <p className="text-muted-foreground">
          No SMTP server is configured, so emails are kept here instead of sent. The newest 100.
        </p>
      </div>
      {emails.length === 0 ? (
        <p className="rounded-lg border border-dashed border-border p-8 text-center text-muted-foreground">
          No emails yet.
        </p>
      ) : (
        <ul className="space-y-3">
          {emails.map((e) => (
            <li key={e.id}>
              <details className="rounded-lg border border-border bg-card p-4">
                <summary className="cursor-pointer list-none">
                  <span className="flex flex-wrap items-center gap-2">
                    <span className="font-medium">{e.subject}</span>
                    <Badge
                      variant={e.status === "SENT" ? "success" : e.status === "FAILED" ? "destructive" : "secondary"}
                    >
                      {e.status.toLowerCase()}
                    </Badge>
                  </span>
                  <span className="block text-sm text-muted-foreground">
                    To {e.to} · {e.kind} · <RelativeTime iso={e.createdAt} />
                  </span>
                </summary>
                <pre className="mt-3 whitespace-pre-wrap break-words rounded-md bg-muted p-3 font-sans text-sm">
                  {e.text}
                </pre>
              </details>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
