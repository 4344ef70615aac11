import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignUpForm } from "./sign-up-form";
import { OAuthButtons } from "../oauth-buttons";
import { AuthCard } from "../auth-card";
import { getCurrentUser } from "@/lib/auth/session";
import { enabledOAuthProviders } from "@/lib/auth/providers";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage() {
  if (await getCurrentUser()) redirect("/");
  return (
    <AuthCard
      title="Join Kinship"
      description="Find your communities, and mentors who have walked the path before you."
    >
      <SignUpForm />
      <OAuthButtons providers={enabledOAuthProviders()} callbackUrl="/" />
    </AuthCard>
  );
}
