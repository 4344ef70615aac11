import { describe, expect, it, vi } from "vitest";
import { AppError } from "@/lib/errors";

// Every action that takes an emailed link's token fails here, so we can read what it echoes back to the form.
const fail = () => Promise.reject(new AppError("NOT_FOUND", "This link isn't valid."));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "10.0.0.1" }) }));
vi.mock("@/lib/log", () => ({ logger: { error: vi.fn(), info: vi.fn(), warn: vi.fn() } }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => null }));
vi.mock("@/lib/auth/config", () => ({ signOut: vi.fn(), signIn: vi.fn() }));
vi.mock("@/lib/request/flash", () => ({ setFlash: vi.fn() }));
vi.mock("@/app/(auth)/sign-in-with-password", () => ({ signInWithPassword: vi.fn() }));
vi.mock("@/lib/accounts/confirm-email", () => ({
  confirmEmail: fail,
  resendFromLink: fail,
  resendVerification: fail,
}));
vi.mock("@/lib/accounts/change-email", () => ({ confirmEmailChange: fail }));
vi.mock("@/lib/accounts/undo-email-change", () => ({ undoEmailChange: fail }));
vi.mock("@/lib/accounts/reset-password", () => ({ resetPassword: fail }));
vi.mock("@/lib/accounts/request-password-reset", () => ({ requestPasswordReset: fail }));

const { confirmEmailAction, resendFromLinkAction } = await import("@/app/(auth)/verify-email/actions");
const { confirmEmailChangeAction, undoEmailChangeAction } = await import("@/app/(auth)/email-change/actions");
const { resetPasswordAction } = await import("@/app/(auth)/password-actions");

const TOKEN = "t".repeat(43);

function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.set(key, value);
  return data;
}

describe("actions that take an emailed link's token", () => {
  const withPassword = { token: TOKEN, password: "secret pass 1", next: "/groups" };
  const cases = [
    ["confirmEmailAction", confirmEmailAction, withPassword],
    ["resendFromLinkAction", resendFromLinkAction, { token: TOKEN, next: "/groups" }],
    ["confirmEmailChangeAction", confirmEmailChangeAction, { token: TOKEN }],
    ["undoEmailChangeAction", undoEmailChangeAction, { token: TOKEN }],
    ["resetPasswordAction", resetPasswordAction, { ...withPassword, confirmPassword: "secret pass 1" }],
  ] as const;
  for (const [name, action, values] of cases) {
    it(`${name} never echoes the token (or a password) back to the form`, async () => {
      const state = await action({ status: "idle" } as never, form(values));
      expect(state.status).toBe("error");
      expect(JSON.stringify(state)).not.toContain(TOKEN);
      expect(JSON.stringify(state)).not.toContain("secret pass 1");
    });
  }
});
