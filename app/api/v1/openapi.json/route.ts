import { NextResponse, type NextRequest } from "next/server";
import { buildOpenApiDocument } from "@/lib/openapi/document";

export function GET(request: NextRequest) {
  return NextResponse.json(buildOpenApiDocument(request.nextUrl.origin), {
    headers: { "Cache-Control": "public, max-age=300" },
  });
}
