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
  return hasPassword ? (
    <FormField
      id={id}
      name="confirmation"
      type="password"
      label="Your password"
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
      label="Your email address"
      autoComplete="off"
      spellCheck={false}
      required
      errors={errorsFor(state, "confirmation")}
      description={
        <>
          {why} Type <span className="font-medium text-foreground">{email}</span> to confirm.
        </>
      }
    />
  );
}
