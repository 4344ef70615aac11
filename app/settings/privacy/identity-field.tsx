import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/http/action-state";
import { errorsFor } from "@/components/action-feedback";
import { FormField } from "@/components/ui/form-field";

/** "Is it really you?": the password, or for an account without one (GitHub/Google only), its address typed out. */
export function IdentityField<T>({
  id,
  state,
  hasPassword,
  email,
  why,
}: {
  id: string;
  state: ActionState<T>;
  hasPassword: boolean;
  email: string;
  why: string;
}) {
  const t = useTranslations("settings.privacy");
  return hasPassword ? (
    <FormField
      id={id}
      name="confirmation"
      type="password"
      label={t("yourPassword")}
      autoComplete="current-password"
      required
      errors={errorsFor(state, "confirmation")}
      description={why}
    />
  ) : (
    <FormField
      id={id}
      name="confirmation"
      type="email"
      label={t("yourEmail")}
      autoComplete="off"
      spellCheck={false}
      required
      errors={errorsFor(state, "confirmation")}
      description={
        <>
          {why}{" "}
          {t.rich("typeToConfirm", {
            email,
            b: (chunks) => <span className="font-medium text-foreground">{chunks}</span>,
          })}
        </>
      }
    />
  );
}
