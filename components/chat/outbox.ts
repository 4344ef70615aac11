/**
 * Messages on their way out, per thread: "sending" or "failed" (with why). Kept in this browser's storage as well,
 * so a message whose tab was closed mid-send is offered again ("Not sent", Retry) on the next visit; a retry
 * resends the same client id, so the server stores it once however many times it arrives.
 */
export type Outgoing = {
  clientId: string;
  body: string;
  status: "sending" | "failed";
  error: string | null;
  /** The failure was the connection, not a refusal: worth retrying by itself once back online. */
  offline: boolean;
};

const EMPTY: Outgoing[] = [];

export class Outbox {
  private items: Outgoing[] = EMPTY;
  private loaded = false;
  /** Signed out: a send still under way must not write its text back to this browser's storage. */
  private forgotten = false;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly key: string) {}

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  getSnapshot = (): Outgoing[] => {
    if (!this.loaded) this.load();
    return this.items;
  };

  static getServerSnapshot = (): Outgoing[] => EMPTY;

  add(clientId: string, body: string) {
    this.set([...this.getSnapshot(), { clientId, body, status: "sending", error: null, offline: false }]);
  }

  update(clientId: string, patch: Partial<Omit<Outgoing, "clientId" | "body">>) {
    this.set(this.getSnapshot().map((o) => (o.clientId === clientId ? { ...o, ...patch } : o)));
  }

  remove(clientIds: string[]) {
    const items = this.getSnapshot();
    if (!items.some((o) => clientIds.includes(o.clientId))) return;
    this.set(items.filter((o) => !clientIds.includes(o.clientId)));
  }

  private load() {
    this.loaded = true;
    try {
      const saved = JSON.parse(window.localStorage.getItem(this.key) ?? "[]") as unknown;
      if (!Array.isArray(saved)) return;
      this.items = saved
        .filter(
          (o): o is { clientId: string; body: string } =>
            typeof o?.clientId === "string" && typeof o?.body === "string",
        )
        .map((o) => ({
          clientId: o.clientId,
          body: o.body,
          status: "failed",
          error: null,
          offline: false,
        }));
    } catch {
      // Storage switched off or unreadable: start empty.
    }
  }

  forget() {
    this.forgotten = true;
  }

  private set(items: Outgoing[]) {
    this.items = items.length ? items : EMPTY;
    if (!this.forgotten) this.save(items);
    for (const listener of this.listeners) listener();
  }

  private save(items: Outgoing[]) {
    try {
      if (items.length)
        window.localStorage.setItem(this.key, JSON.stringify(items.map(({ clientId, body }) => ({ clientId, body }))));
      else window.localStorage.removeItem(this.key);
    } catch {
      // Full or switched off: the outbox still works for this visit.
    }
  }
}

export const OUTBOX_PREFIX = "kinship:outbox:";
const outboxes = new Map<string, Outbox>();

/** The one outbox of a thread in this tab, for the signed-in person (two people may share a browser). */
export function outboxFor(userId: string, threadId: string): Outbox {
  const key = `${OUTBOX_PREFIX}${userId}:${threadId}`;
  let box = outboxes.get(key);
  if (!box) outboxes.set(key, (box = new Outbox(key)));
  return box;
}

/** Drops this tab's outboxes (on signing out): the next person signed in here starts from their own storage. */
export function forgetOutboxes() {
  for (const box of outboxes.values()) box.forget();
  outboxes.clear();
}
