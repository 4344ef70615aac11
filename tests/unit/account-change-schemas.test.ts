import { describe, expect, it } from "vitest";
import {
  ZChangeEmailInput,
  ZChangePasswordInput,
  ZForgotPasswordInput,
  ZResetPasswordInput,
} from "@/lib/accounts/account-schemas";
import { fieldErrorsFromZod } from "@/lib/errors";

function fieldsOf(result: { success: boolean; error?: unknown }) {
  if (result.success) return {};
  return fieldErrorsFromZod(result.error as Parameters<typeof fieldErrorsFromZod>[0]);
}

const ok = "ten chars!";

describe("reset and change schemas", () => {
  it.each([
    ["a good reset", { token: "t", password: ok, confirmPassword: ok }, {}],
    ["a 9-character password", { token: "t", password: "nine char", confirmPassword: "nine char" }, { password: 1 }],
    [
      "a 201-character password",
      { token: "t", password: "x".repeat(201), confirmPassword: "x".repeat(201) },
      { password: 1 },
    ],
    [
      "a confirmation that differs",
      { token: "t", password: ok, confirmPassword: "ten chars?" },
      { confirmPassword: 1 },
    ],
    ["a missing token (becomes an invalid link later)", { password: ok, confirmPassword: ok }, {}],
    ["an extra field", { token: "t", password: ok, confirmPassword: ok, role: "admin" }, { _form: 1 }],
  ])("reset: %s", (_name, input, expected) => {
    const fields = fieldsOf(ZResetPasswordInput.safeParse(input));
    expect(Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v.length]))).toEqual(expected);
  });

  it.each([
    ["a good change", { currentPassword: "old one", newPassword: ok, confirmPassword: ok }, {}],
    ["no current password", { currentPassword: "", newPassword: ok, confirmPassword: ok }, { currentPassword: 1 }],
    [
      "a short new password",
      { currentPassword: "x", newPassword: "short", confirmPassword: "short" },
      { newPassword: 1 },
    ],
    [
      "a confirmation that differs",
      { currentPassword: "x", newPassword: ok, confirmPassword: "" },
      { confirmPassword: 1 },
    ],
  ])("change password: %s", (_name, input, expected) => {
    const fields = fieldsOf(ZChangePasswordInput.safeParse(input));
    expect(Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v.length]))).toEqual(expected);
  });

  it("normalises addresses as sign-up does: trimmed and lower-cased", () => {
    expect(ZForgotPasswordInput.parse({ email: "  Ada@Example.TEST " })).toEqual({ email: "ada@example.test" });
    expect(ZChangeEmailInput.parse({ newEmail: " New@Example.test", currentPassword: "pw" }).newEmail).toBe(
      "new@example.test",
    );
    expect(ZForgotPasswordInput.safeParse({ email: "not an address" }).success).toBe(false);
    expect(ZForgotPasswordInput.safeParse({ email: `${"a".repeat(250)}@example.test` }).success).toBe(false);
  });
});
