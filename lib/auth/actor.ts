import { NotAllowed, NotAuthenticated } from "@/lib/errors";

/** Who is acting: every service takes one and checks it first. */
export type Actor = {
  userId: string;
  sessionId: string;
  role: "user" | "admin";
  firstName: string;
  lastName: string;
  email: string | null;
  isAnonymous: boolean;
};

export function assertUser(actor: Actor | null): asserts actor is Actor {
  if (!actor) throw new NotAuthenticated();
}

export function assertRegistered(actor: Actor | null): asserts actor is Actor {
  assertUser(actor);
  if (actor.isAnonymous) throw new NotAllowed();
}

export function assertAdmin(actor: Actor | null): asserts actor is Actor {
  assertUser(actor);
  if (actor.role !== "admin") throw new NotAllowed();
}
