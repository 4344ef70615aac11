import { getTranslations } from "next-intl/server";
import { oauthSignInAction } from "./actions";
import { Button } from "@/components/ui/button";
import type { OAuthProvider } from "@/lib/auth/providers";

export async function OAuthButtons({ providers, callbackUrl }: { providers: OAuthProvider[]; callbackUrl: string }) {
  if (providers.length === 0) return null;
  const t = await getTranslations("auth");
  return (
    <div className="mt-6 space-y-3">
      <p className="text-center text-sm text-muted-foreground">{t("orContinueWith")}</p>
      {providers.map((p) => (
        <form key={p.id} action={oauthSignInAction}>
          <input type="hidden" name="provider" value={p.id} />
          <input type="hidden" name="callbackUrl" value={callbackUrl} />
          <Button type="submit" variant="outline" className="w-full">
            {p.name}
          </Button>
        </form>
      ))}
    </div>
  );
}
