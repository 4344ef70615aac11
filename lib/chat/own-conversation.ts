/** Reports an admin handles: not those about a conversation they are part of (the reporter must stay unknown). */
export function notAboutOwnConversation(actorId: string) {
  return { thread: { pairing: { mentorId: { not: actorId }, menteeId: { not: actorId } } } };
}
