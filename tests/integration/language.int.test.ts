import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { setLanguage } from "@/lib/accounts/set-language";
import { resolveSessionUser } from "@/lib/auth/session-user";
import { toAppError } from "@/lib/errors";
import { createUser } from "../factories/users";

describe("the language switcher's service (decision 023)", () => {
  it("saves a member's choice on their own row only, and the session user carries it", async () => {
    const member = await createUser(db, { name: "Omar Saleh" });
    const other = await createUser(db, { name: "Nadia Other" });
    expect(await setLanguage(member, { locale: "ar" })).toBe("ar");
    const session = await resolveSessionUser({ uid: member.id, sv: member.sessionVersion });
    expect(session?.locale).toBe("ar");
    expect((await db.user.findUniqueOrThrow({ where: { id: other.id } })).locale).toBeNull();
  });

  it("answers a visitor's choice without writing anything", async () => {
    const before = await db.user.count({ where: { locale: { not: null } } });
    expect(await setLanguage(null, { locale: "es" })).toBe("es");
    expect(await db.user.count({ where: { locale: { not: null } } })).toBe(before);
  });

  it.each([["klingon"], [""], [null], [42], ["en-XA"]])(
    "refuses %j with a field error, changing nothing",
    async (locale) => {
      const member = await createUser(db, { name: "Rita Refused" });
      const error = await setLanguage(member, { locale }).then(
        () => null,
        (e: unknown) => toAppError(e),
      );
      expect(error?.code).toBe("INVALID_INPUT");
      expect((await db.user.findUniqueOrThrow({ where: { id: member.id } })).locale).toBeNull();
    },
  );
});
