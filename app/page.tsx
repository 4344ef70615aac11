import { Suspense } from "react";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import { HomeBody } from "./_home/home-body";
import { HomeSkeleton } from "./_home/home-skeleton";
import { Landing } from "./_home/landing";

/**
 * Home answers "what should I do now?": for a signed-in person, a to-do list of their mentorship work and of the
 * groups they help run, each item linking to where it is done; for a visitor, what Kinship is and the ways in.
 */
export default async function HomePage() {
  const user = await getCurrentUser();
  if (!user) return <Landing />;
  const t = await getTranslations("home");
  // No ClientMessages wrapper: none of home's client components speaks; the shell's messages come from the root layout
  // (tests/unit/client-messages-pages.test.ts).
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">{t("welcome", { name: user.name })}</h1>
      {/* Home cannot answer 404, but a page-level loading.tsx would sit above every route (decision 006). */}
      <Suspense fallback={<HomeSkeleton />}>
        <HomeBody user={user} />
      </Suspense>
    </div>
  );
}
