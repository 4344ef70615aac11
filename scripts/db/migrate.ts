/**
 * Migrations without a native binary: Prisma's WebAssembly schema engine over the `pg` driver adapter.
 * The folder format (`prisma/migrations/<ts>_<name>/migration.sql`, the `_prisma_migrations` table) is Prisma's
 * own, so stock `prisma migrate deploy` also works wherever its native engine can be downloaded.
 * See docs/decisions/002-offline-migrations.md.
 */
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { randomUUID } from "node:crypto";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";

const root = path.resolve(import.meta.dirname, "..", "..");
export const migrationsDir = path.join(root, "prisma", "migrations");
const schemaDir = path.join(root, "prisma", "schema");

/**
 * adapter-pg cannot describe catalog columns of type "char" (OID 18, arrays 1002): it throws
 * UnsupportedNativeDataType, yet the engine reads constraint types from such columns. We re-type those
 * fields as text for the adapter, then report them to the engine as the driver-adapter `Character` types.
 * Scripts run whole (see executeScript below).
 */
const CHARACTER = 6;
const CHARACTER_ARRAY = 70;
type Query = object;
type RawResult = { columnTypes: number[] };
type Queryable = {
  performIO: (query: Query) => Promise<pg.QueryResult>;
  queryRaw: (query: Query) => Promise<RawResult>;
  startTransaction?: (...args: unknown[]) => Promise<Queryable>;
  executeScript?: (script: string) => Promise<void>;
  onError: (error: unknown) => never;
  client: { query: (text: string) => Promise<unknown> };
};

function patchAdapter<T extends object>(target: T): T {
  const q = target as unknown as Queryable;
  const charColumns = new WeakMap<Query, [number, number][]>();
  const performIO = q.performIO.bind(q);
  const queryRaw = q.queryRaw.bind(q);
  q.performIO = async (query) => {
    const res = await performIO(query);
    const retyped: [number, number][] = [];
    res.fields.forEach((field, i) => {
      if (field.dataTypeID === 18) {
        retyped.push([i, CHARACTER]);
        field.dataTypeID = 25;
      } else if (field.dataTypeID === 1002) {
        retyped.push([i, CHARACTER_ARRAY]);
        field.dataTypeID = 1009;
      }
    });
    if (retyped.length) charColumns.set(query, retyped);
    return res;
  };
  q.queryRaw = async (query) => {
    const out = await queryRaw(query);
    for (const [i, type] of charColumns.get(query) ?? []) out.columnTypes[i] = type;
    return out;
  };
  if (q.executeScript) {
    // adapter-pg splits scripts on every ";", even inside comments and strings. PostgreSQL's simple query
    // protocol runs a whole script at once, as one implicit transaction, so a failed migration leaves nothing.
    q.executeScript = async (script) => {
      try {
        await q.client.query(script);
      } catch (error) {
        q.onError(error);
      }
    };
  }
  if (q.startTransaction) {
    const startTransaction = q.startTransaction.bind(q);
    q.startTransaction = async (...args) => patchAdapter(await startTransaction(...args));
  }
  return target;
}

function poolConfig(url: string, database?: string): pg.PoolConfig {
  // Discrete fields, not a connectionString: adapter-pg would let a connectionString override the database name.
  const u = new URL(url);
  return {
    host: u.hostname,
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    database: database ?? decodeURIComponent(u.pathname.slice(1)),
    max: 4,
  };
}

/** A driver adapter factory whose shadow database we create and drop ourselves (after its pool is closed). */
function adapterFactory(url: string) {
  const base = new PrismaPg(new pg.Pool(poolConfig(url)), { disposeExternalPool: true });
  const factory = {
    provider: base.provider,
    adapterName: base.adapterName,
    connect: async () => patchAdapter(await base.connect()),
    connectToShadowDb: async () => {
      const name = `kinship_shadow_${randomUUID().replaceAll("-", "")}`;
      const admin = new pg.Client(poolConfig(url));
      await admin.connect();
      await admin.query(`CREATE DATABASE "${name}"`);
      await admin.end();
      const shadow = new PrismaPg(new pg.Pool(poolConfig(url, name)), { disposeExternalPool: true });
      const adapter = patchAdapter(await shadow.connect());
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        await dispose();
        const cleanup = new pg.Client(poolConfig(url));
        await cleanup.connect();
        await cleanup.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await cleanup.end();
      };
      return adapter;
    },
  };
  return bindMigrationAwareSqlAdapterFactory(
    factory as unknown as Parameters<typeof bindMigrationAwareSqlAdapterFactory>[0],
  );
}

type Engine = {
  applyMigrations(input: unknown): Promise<{ appliedMigrationNames: string[] }>;
  createMigration(
    input: unknown,
  ): Promise<{ generatedMigrationName: string; migrationScript: string | null; extension: string }>;
  devDiagnostic(input: unknown): Promise<{ action: { tag: string; reason?: string } }>;
  diagnoseMigrationHistory(input: unknown): Promise<{
    history: unknown;
    failedMigrationNames: string[];
    editedMigrationNames: string[];
    hasMigrationsTable: boolean;
  }>;
  free(): void;
};

let wasmModule:
  Promise<{ SchemaEngine: { new: (o: unknown, cb: unknown, a: unknown) => Promise<Engine> } }> | undefined;

function loadWasm() {
  return (wasmModule ??= (async () => {
    // The engine reports Rust panics through this global before throwing.
    (globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown }).PRISMA_WASM_PANIC_REGISTRY = {
      set_message: (message: string) => console.error(`Schema engine panic: ${message}`),
    };
    const require = createRequire(import.meta.url);
    const bgPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const pkgDir = path.dirname(bgPath);
    const bg = await import(pathToFileURL(bgPath).href);
    const bytes = fs.readFileSync(path.join(pkgDir, "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bg });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start?: () => void }).__wbindgen_start?.();
    return bg;
  })());
}

async function withEngine<T>(
  url: string,
  run: (engine: Engine) => Promise<T>,
  log?: (line: string) => void,
): Promise<T> {
  const { SchemaEngine } = await loadWasm();
  const files = fs
    .readdirSync(schemaDir)
    .filter((f) => f.endsWith(".prisma"))
    .sort()
    .map((f) => [path.join(schemaDir, f), fs.readFileSync(path.join(schemaDir, f), "utf8")] as [string, string]);
  const engine = await SchemaEngine.new({ datamodels: files }, (line: string) => log?.(line), adapterFactory(url));
  try {
    return await run(engine);
  } finally {
    engine.free();
  }
}

function migrationsList() {
  fs.mkdirSync(migrationsDir, { recursive: true });
  const lockPath = path.join(migrationsDir, "migration_lock.toml");
  const dirs = fs
    .readdirSync(migrationsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  return {
    baseDir: migrationsDir,
    lockfile: {
      path: "migration_lock.toml",
      content: fs.existsSync(lockPath) ? fs.readFileSync(lockPath, "utf8") : null,
    },
    shadowDbInitScript: "",
    migrationDirectories: dirs.map((name) => {
      const file = path.join(migrationsDir, name, "migration.sql");
      return {
        path: name,
        migrationFile: {
          path: "migration.sql",
          content: fs.existsSync(file)
            ? { tag: "ok", value: fs.readFileSync(file, "utf8") }
            : { tag: "error", value: `${file} is missing` },
        },
      };
    }),
  };
}

const filters = { externalTables: [], externalEnums: [] };

/** Applies every migration not yet applied (`prisma migrate deploy`). Returns the names applied. */
export async function applyMigrations(url: string): Promise<string[]> {
  return withEngine(url, async (engine) => {
    const out = await engine.applyMigrations({ migrationsList: migrationsList(), filters });
    return out.appliedMigrationNames;
  });
}

/** Writes a new migration from the difference between the migrations folder and the schema (`migrate dev --create-only`). */
export async function createMigration(url: string, name: string): Promise<string | null> {
  return withEngine(url, async (engine) => {
    const schema = {
      files: fs
        .readdirSync(schemaDir)
        .filter((f) => f.endsWith(".prisma"))
        .sort()
        .map((f) => ({ path: path.join(schemaDir, f), content: fs.readFileSync(path.join(schemaDir, f), "utf8") })),
    };
    const diagnostic = await engine.devDiagnostic({ migrationsList: migrationsList(), filters });
    if (diagnostic.action.tag === "reset")
      throw new Error(`The database needs a reset first: ${diagnostic.action.reason}`);
    const out = await engine.createMigration({
      draft: true,
      migrationName: name,
      migrationsList: migrationsList(),
      schema,
      filters,
    });
    if (
      !out.migrationScript ||
      out.migrationScript.trim() === "" ||
      /^-- This is an empty migration\.\s*$/.test(out.migrationScript)
    ) {
      return null;
    }
    const dir = path.join(migrationsDir, out.generatedMigrationName);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, `migration.${out.extension}`), out.migrationScript);
    const lock = path.join(migrationsDir, "migration_lock.toml");
    if (!fs.existsSync(lock)) {
      fs.writeFileSync(
        lock,
        '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "postgresql"\n',
      );
    }
    return dir;
  });
}

/** Reports migrations that are pending, failed or edited after being applied (`migrate status`). */
export async function migrationStatus(url: string) {
  return withEngine(url, (engine) =>
    engine.diagnoseMigrationHistory({ migrationsList: migrationsList(), optInToShadowDatabase: false, filters }),
  );
}
