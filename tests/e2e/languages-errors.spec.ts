import type { APIResponse } from "@playwright/test";
import { test, expect, checkPage, asClient } from "./fixtures";
import { expectNoHorizontalOverflow } from "./languages-check";

// Issue 21, decision 024: the errors the server writes (server actions' field errors, the JSON API's
// `{ error: { code, message, fields? } }`, the proxy's refusals) reach a person in their language. The code never
// changes with the language.

type ErrorBody = { error: { code: string; message: string; fields?: Record<string, string[]> } };

async function errorOf(response: APIResponse, status: number): Promise<ErrorBody["error"]> {
  expect(response.status()).toBe(status);
  return ((await response.json()) as ErrorBody).error;
}

test.describe("in Spanish, from the browser's Accept-Language", () => {
  test.use({ locale: "es-MX", extraHTTPHeaders: { ...asClient(), "Accept-Language": "es-MX,es;q=0.9" } });

  test("a server action's field errors and message are Spanish", async ({ page, makeUser }) => {
    await page.goto("/sign-up");
    await page.getByLabel("Nombre").fill("Sam");
    await page.getByLabel("Correo electrónico").fill("no es un correo");
    await page.getByLabel("Contraseña").fill("corta");
    await page.getByRole("button", { name: "Crear cuenta" }).click();
    await expect(page.getByText("Escribe un correo electrónico válido, como nombre@ejemplo.com.")).toBeVisible();
    await expect(page.getByText("Usa al menos 10 caracteres.")).toBeVisible();
    await expect(page.getByText("Use at least 10 characters.")).toHaveCount(0);
    await checkPage(page, "languages-errors-es-sign-up");

    const user = await makeUser();
    await page.goto("/sign-in");
    await page.getByLabel("Correo electrónico").fill(user.email);
    await page.getByLabel("Contraseña").fill("no es la contraseña");
    await page.getByRole("button", { name: "Iniciar sesión" }).click();
    await expect(page.getByTestId("form-error")).toHaveText(
      "Ese correo y esa contraseña no coinciden con ninguna cuenta.",
    );
  });

  test("the JSON API answers in Spanish, with the same codes", async ({ page, makeUser, loginAs }) => {
    const anonymous = await errorOf(await page.request.post("/api/v1/groups", { data: {} }), 401);
    expect(anonymous).toEqual({ code: "UNAUTHENTICATED", message: "Inicia sesión para continuar." });

    const member = await makeUser();
    await loginAs(page, member);
    const invalid = await errorOf(
      await page.request.post("/api/v1/groups", { data: { name: "ab", privacy: "SECRET" } }),
      400,
    );
    expect(invalid.code).toBe("INVALID_INPUT");
    expect(invalid.message).toBe("Algunos campos necesitan tu atención.");
    expect(invalid.fields).toMatchObject({
      name: ["Usa al menos 3 caracteres para el nombre."],
      privacy: ["Elige público o privado."],
    });

    const notJson = await errorOf(
      await page.request.post("/api/v1/groups", {
        data: Buffer.from("{nope"),
        headers: { "content-type": "application/json" },
      }),
      400,
    );
    expect(notJson).toEqual({ code: "INVALID_INPUT", message: "El cuerpo de la solicitud no es JSON válido." });

    // Refused by the proxy before the app runs, in the same language.
    const garbled = await errorOf(await page.request.get("/api/v1/groups/%ff"), 400);
    expect(garbled).toEqual({
      code: "INVALID_INPUT",
      message: "La dirección tiene una codificación porcentual mal formada.",
    });
  });
});

test.describe("in Arabic", () => {
  test.use({ locale: "en-US", extraHTTPHeaders: { ...asClient(), "Accept-Language": "en-US,en;q=0.9" } });

  test("a visitor who chose Arabic gets a server action's field errors in Arabic, right to left", async ({
    page,
    baseURL,
  }) => {
    await page.context().addCookies([{ name: "locale", value: "ar", url: baseURL! }]);
    await page.goto("/sign-up");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await page.getByLabel("الاسم").fill("ليلى");
    await page.getByLabel("البريد الإلكتروني").fill("ليس بريدًا");
    await page.getByLabel("كلمة المرور").fill("قصيرة");
    await page.getByRole("button", { name: "إنشاء الحساب" }).click();
    await expect(page.getByText("أدخل عنوان بريد إلكتروني صالحًا، مثل name@example.com.")).toBeVisible();
    await expect(page.getByText("استخدم 10 أحرف على الأقل.")).toBeVisible();
    await expectNoHorizontalOverflow(page);
    await checkPage(page, "languages-errors-ar-sign-up");
  });

  test("a member whose language is Arabic gets the API's errors in Arabic, whatever the browser says", async ({
    page,
    db,
    makeUser,
    loginAs,
  }) => {
    const member = await makeUser();
    await db.user.update({ where: { id: member.id }, data: { locale: "ar" } });
    await loginAs(page, member);
    const shortName = await errorOf(
      await page.request.post("/api/v1/groups", { data: { name: "ab", privacy: "PUBLIC" } }),
      400,
    );
    expect(shortName.code).toBe("INVALID_INPUT");
    expect(shortName.message).toBe("بعض الحقول تحتاج إلى انتباهك.");
    expect(shortName.fields).toEqual({ name: ["استخدم 3 أحرف على الأقل للاسم."] });
    const hiddenPublic = await errorOf(
      await page.request.post("/api/v1/groups", {
        data: { name: "دائرة صناعة الصابون", privacy: "PUBLIC", visibility: "HIDDEN" },
      }),
      400,
    );
    expect(hiddenPublic.fields).toEqual({ visibility: ["المجموعة العامة ظاهرة دائمًا. اجعلها خاصة لإخفائها."] });
    const missing = await errorOf(await page.request.get("/api/v1/groups/no-such-group-here"), 404);
    expect(missing).toEqual({ code: "NOT_FOUND", message: "لم نتمكن من العثور على ذلك." });
  });
});
