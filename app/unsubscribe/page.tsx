import type { Metadata } from "next";
import { readUnsubscribeToken } from "@/lib/email/unsubscribe-token";
import { kindLabel } from "@/lib/notifications/messages";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { UnsubscribeForm } from "./unsubscribe-form";

export const metadata: Metadata = { title: "Unsubscribe" };

export default async function UnsubscribePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const token = typeof params.token === "string" ? params.token : "";
  const parsed = readUnsubscribeToken(token);
  return (
    <div className="mx-auto max-w-md py-10">
      <Card>
        <CardHeader>
          <CardTitle as="h1">{parsed ? "Unsubscribe" : "This link doesn't work"}</CardTitle>
          <CardDescription>
            {parsed
              ? `Stop emails about: ${kindLabel("en", parsed.kind).toLowerCase()}. You'll still see these in Kinship.`
              : "The unsubscribe link is incomplete or was changed. You can choose your emails in your notification settings."}
          </CardDescription>
        </CardHeader>
        {parsed ? (
          <CardContent>
            <UnsubscribeForm token={token} />
          </CardContent>
        ) : null}
      </Card>
    </div>
  );
}
