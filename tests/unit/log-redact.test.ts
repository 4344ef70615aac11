import { describe, expect, it } from "vitest";
import { redactLogObject, redactTokens } from "@/lib/log-redact";

const TOKEN = "Qx3v9_kLm-PZ0aB1cD2eF3gH4iJ5kL6mN7oP8qR9sT0";

describe("log redaction", () => {
  it.each([
    [`/verify-email?token=${TOKEN}`, "/verify-email?token=[redacted]"],
    [`/verify-email?token=${TOKEN}&next=%2Fgroups%2Fsoap`, "/verify-email?token=[redacted]&next=[redacted]"],
    [`/sign-in?callbackUrl=%2Fverify-email%3Ftoken%3D${TOKEN}`, "/sign-in?callbackUrl=[redacted]"],
    [
      `GET https://kinship.example/reset-password?token=${TOKEN} 200`,
      "GET https://kinship.example/reset-password?token=[redacted] 200",
    ],
    [`/invite/${TOKEN}`, "/invite/[redacted]"],
    ["/groups/soap-makers?tab=members", "/groups/soap-makers?tab=members"],
  ])("%s → %s", (input, expected) => {
    expect(redactTokens(input)).toBe(expected);
    expect(redactTokens(input)).not.toContain(TOKEN);
  });

  it("reaches strings inside a log line's fields and errors", () => {
    const line = redactLogObject({
      path: `/verify-email?token=${TOKEN}`,
      nested: { urls: [`/invite/${TOKEN}`] },
      err: { type: "Error", message: `fetch failed for /verify-email?token=${TOKEN}` },
      count: 3,
    });
    expect(JSON.stringify(line)).not.toContain(TOKEN);
    expect(line).toMatchObject({
      count: 3,
      err: { type: "Error", message: "fetch failed for /verify-email?token=[redacted]" },
    });
  });
});
