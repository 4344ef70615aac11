import { getCurrentUser } from "@/lib/auth/session";
import { getGroup } from "@/lib/groups/get-group";
import { orNotFound } from "@/lib/http/page";

// Placeholder until the feed lands: the group's discussion.
export default async function GroupPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const group = await orNotFound(getGroup(await getCurrentUser(), slug));
  return (
    <p className="text-muted-foreground">
      {group.viewer.can["posts.read"] ? "No posts yet." : "Join the group to see its posts."}
    </p>
  );
}
