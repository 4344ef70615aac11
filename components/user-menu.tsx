"use client";

import { useTranslations } from "next-intl";
import { Avatar } from "@/components/ui/avatar";
import type { AvatarPhoto } from "@/lib/photos/url";
import { LazyMenu } from "@/components/ui/lazy-menu";

const loadMenu = () => import("./user-menu-dropdown").then((m) => m.UserMenuDropdown);

const TRIGGER =
  "rounded-full focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-2 focus-visible:ring-offset-background";

/**
 * The account menu in the header. Its dropdown (components/user-menu-dropdown.tsx) loads on first use.
 * `signOut` is the app's server action, handed down by the root layout (components never import app/).
 */
export function UserMenu({
  name,
  email,
  photo,
  signOut,
}: {
  name: string;
  email: string;
  photo: AvatarPhoto | null;
  signOut: () => Promise<void>;
}) {
  const t = useTranslations("shell");
  const trigger = (
    <>
      {/* The name comes from hidden text, not aria-label, so it never contradicts the visible initials. */}
      <span className="sr-only">{t("accountMenu", { name })}</span>
      <Avatar name={name} photo={photo} />
    </>
  );
  return (
    <LazyMenu load={loadMenu} props={{ name, email, signOut, trigger, triggerClassName: TRIGGER }} className={TRIGGER}>
      {trigger}
    </LazyMenu>
  );
}
