import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";

/** Shown only while the profile lacks what admins introduce people with. */
export function ProfileNudge({ missing }: { missing: string[] }) {
  if (missing.length === 0) return null;
  return (
    <Card>
      <CardHeader className="pb-4">
        <CardTitle as="h2" className="text-lg">
          Complete your profile
        </CardTitle>
        <CardDescription>Add {missing.join(" and ")} so admins can introduce you well.</CardDescription>
      </CardHeader>
      <CardContent>
        <Button asChild size="sm">
          <Link href="/settings/profile">Edit your profile</Link>
        </Button>
      </CardContent>
    </Card>
  );
}
