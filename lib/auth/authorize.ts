import type { Tx } from "@/lib/db";
import { decide, refusalError, type Actor, type Permission, type Scope } from "./policy";

/**
 * The one door to authorization (issue 16): `authorize(actor, permission, ref, { tx, lock })`. `ref` names the
 * resource (`{ groupId }`, `{ programId }`, `{ pairingId }`…); one resolver per kind of ref loads the resource's
 * row and the actor's standing (its scope); the pure policy decides; the door throws the refusal or returns the
 * resolved context (the rows services use).
 *
 * lib/auth sits below the domains, so it cannot import their loaders. The table starts empty and the domains fill
 * it at start-up (`lib/wiring.ts`). Each domain also declares the context its ref resolves to, by module
 * augmentation, so callers are typed:
 *
 *     declare module "@/lib/auth/authorize" {
 *       interface Resolvers { programId: ProgramContext }
 *     }
 *
 * A ref whose resolver was never registered throws (fails closed): a process that forgot the wiring answers 500,
 * never "allowed".
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by the domains' augmentations
export interface Resolvers {}

export type RefKind = keyof Resolvers;
/** A reference to one resource: exactly one key, naming its kind, with its id (or slug). */
export type Ref = { [K in RefKind]: { [P in K]: string } }[RefKind];
/** The context a ref resolves to. */
export type ContextOf<R> = { [K in RefKind]: R extends { [P in K]: string } ? Resolvers[K] : never }[RefKind];

/** Row locks as services take them today: FOR UPDATE to change a row, FOR SHARE to read it beside a change. */
export type Lock = "update" | "share";
export type AuthorizeOptions = { tx?: Tx; lock?: Lock };

/** A loader: reads the resource (NOT_FOUND when it does not exist) and its scope; decides nothing itself. */
export type Resolver<C> = (
  actor: Actor,
  key: string,
  options: AuthorizeOptions,
) => Promise<{ context: C; scope: Scope }>;

const resolvers = new Map<string, Resolver<unknown>>();

/** Registers the loader of one kind of ref (from `lib/wiring.ts`). Registering again replaces it. */
export function registerResolver<K extends RefKind>(kind: K, resolver: Resolver<Resolvers[K]>): void {
  resolvers.set(kind, resolver as Resolver<unknown>);
}

/** The kinds registered so far (for the wiring test). */
export function registeredRefKinds(): string[] {
  return [...resolvers.keys()].sort();
}

/**
 * Resolves `ref`, asks the policy whether `actor` may do `permission` there, and returns the resolved context, or
 * throws the refusal (NOT_FOUND, UNAUTHENTICATED, FORBIDDEN or CONFLICT, with the policy's message). `tx` runs the
 * reads in the caller's transaction; `lock` takes the resource's row lock as its loader documents.
 */
export async function authorize<R extends Ref>(
  actor: Actor,
  permission: Permission,
  ref: R,
  options: AuthorizeOptions = {},
): Promise<ContextOf<R>> {
  const keys = Object.keys(ref);
  const kind = keys[0];
  if (keys.length !== 1 || kind === undefined) throw new Error("authorize: a ref names exactly one resource");
  const resolver = resolvers.get(kind);
  if (!resolver) throw new Error(`authorize: no resolver for "${kind}" (is lib/wiring imported by this entry?)`);
  const { context, scope } = await resolver(actor, (ref as Record<string, string>)[kind]!, options);
  const decision = decide(actor, permission, scope);
  if (!decision.allowed) throw refusalError(decision);
  return context as ContextOf<R>;
}
