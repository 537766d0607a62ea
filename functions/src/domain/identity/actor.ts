import type { ActorRef, StaffRole } from '@sunshine/shared';

/** Who is making a request, as established by the HTTP edge from a verified token and the store. */
export interface Actor {
  userId: string;
  /** Empty for residents and for revoked staff. */
  roles: StaffRole[];
  displayName?: string;
}

/** A staff actor: one whose roles the edge checked. */
export interface StaffActor extends Actor {
  displayName: string;
}

export const actorRef = (actor: StaffActor): ActorRef => ({
  userId: actor.userId,
  displayName: actor.displayName,
});

/** The actor of things the system does on its own (scheduled publishing, the first invitation). */
export const SYSTEM_ACTOR: StaffActor = { userId: 'system', displayName: '系统', roles: [] };
