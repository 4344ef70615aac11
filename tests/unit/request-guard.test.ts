import { describe, expect, it } from "vitest";
import {
  actionBodyRefusal,
  actionLengthRefusal,
  actionOriginRefusal,
  pageQueryRefusal,
  pathRefusal,
} from "@/lib/http/request-guard";
import { UNAVAILABLE_PAGE, statusPageHtml } from "@/lib/http/status-page";

/** A server action's POST; a FormData body sets its own multipart type. */
const action = (body: BodyInit, type: string | null = "text/plain;charset=UTF-8") =>
  new Request("http://localhost:3000/groups/new", {
    method: "POST",
    headers: { "next-action": "7f".repeat(21), ...(type ? { "content-type": type } : {}) },
    body,
  });

describe("the proxy's request guard", () => {
  it("refuses a path segment whose percent-encoding does not decode, and only that", () => {
    for (const path of ["/api/v1/programs/%ff", "/groups/%ff", "/groups/%", "/groups/a%2"])
      expect(pathRefusal(path), path).toMatchObject({ status: 400, code: "INVALID_INPUT" });
    for (const path of ["/groups/caf%C3%A9", "/groups/%25", "/groups/plain", "/"]) expect(pathRefusal(path)).toBeNull();
  });

  it("refuses a path segment that decodes to a NUL (no id or slug holds one), for pages and the API", () => {
    for (const path of ["/notifications/%00/open", "/api/v1/posts/a%00b", "/groups/%00", "/groups/x\0y"])
      expect(pathRefusal(path), path).toMatchObject({ status: 400, code: "INVALID_INPUT" });
    expect(pathRefusal("/notifications/abc123/open")).toBeNull();
  });

  it("refuses a NUL in a page's search parameters, names or values", () => {
    expect(pageQueryRefusal(new URLSearchParams("q=%00"))).toMatchObject({ status: 400 });
    expect(pageQueryRefusal(new URLSearchParams("a%00=1"))).toMatchObject({ status: 400 });
    expect(pageQueryRefusal(new URLSearchParams("q=soap&sort=new"))).toBeNull();
  });

  it("refuses a server action from another site, as Next compares hosts", () => {
    const h = (o: Record<string, string>) => new Headers(o);
    expect(actionOriginRefusal(h({ origin: "https://evil.example", host: "localhost:3000" }))).toMatchObject({
      status: 403,
    });
    expect(actionOriginRefusal(h({ origin: "null", host: "localhost:3000" }))).toMatchObject({ status: 403 });
    expect(actionOriginRefusal(h({ origin: "http://localhost:3000", host: "localhost:3000" }))).toBeNull();
    expect(
      actionOriginRefusal(h({ origin: "https://kin.example", host: "10.0.0.1", "x-forwarded-host": "kin.example" })),
    ).toBeNull();
  });

  it("refuses a body past 1 MB by its declared length or its size", async () => {
    expect(actionLengthRefusal(new Headers({ "content-length": String(2 * 1024 * 1024) }))).toMatchObject({
      status: 413,
    });
    expect(actionLengthRefusal(new Headers({ "content-length": "1000" }))).toBeNull();
    const form = new FormData();
    form.set("0", '["$K1"]');
    form.set("1_body", "x".repeat(2 * 1024 * 1024));
    expect(await actionBodyRefusal(action(form, null))).toMatchObject({ status: 413 });
  });

  it("refuses a body React could not decode, and lets a real one through", async () => {
    expect(await actionBodyRefusal(action("garbage{"))).toMatchObject({ status: 400 });
    expect(await actionBodyRefusal(action('{"not":"an array"}'))).toMatchObject({ status: 400 });
    expect(
      await actionBodyRefusal(action("--x\r\nnot a form", "multipart/form-data; boundary=nothing-here")),
    ).toMatchObject({ status: 400 });
    expect(await actionBodyRefusal(action('["$undefined"]'))).toBeNull();
    const form = new FormData();
    form.set("0", '["$K1"]');
    form.set("1_name", "Soapers");
    expect(await actionBodyRefusal(action(form, null))).toBeNull();
  });

  it("the 503 page escapes what it repeats of the address", () => {
    const html = statusPageHtml(UNAVAILABLE_PAGE('/groups?q="><script>alert(1)</script>'));
    expect(html).not.toContain("<script>");
    expect(html).toContain("Try again in a moment");
  });
});
