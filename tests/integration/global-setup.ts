import type { TestProject } from "vitest/node";
import { prepareTemplate, startTestServer, stopTestServer, TEMPLATE_DB } from "../support/test-database";

declare module "vitest" {
  export interface ProvidedContext {
    adminUrl: string;
  }
}

/** Once per run: a PostgreSQL server and a migrated template database. */
export default async function setup(project: TestProject) {
  const server = await startTestServer();
  await prepareTemplate(server.adminUrl);
  project.provide("adminUrl", server.adminUrl);
  return async () => {
    await stopTestServer(server);
  };
}

export { TEMPLATE_DB };
