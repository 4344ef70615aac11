import { typedNumber } from "./field-error";

/** The program's details as the form holds them (numbers as typed). */
export type DetailsDraft = {
  name: string;
  description: string;
  audience: string;
  openEnded: boolean;
  weeks: string;
  capacity: string;
  allowDualRole: boolean;
  acceptWhileRunning: boolean;
  topics: string[];
};

export function toDetailsDraft(p: {
  name: string;
  description: string;
  audience: string;
  lengthWeeks: number | null;
  defaultMentorCapacity: number;
  allowDualRole: boolean;
  acceptWhileRunning: boolean;
  topics: string[];
}): DetailsDraft {
  return {
    name: p.name,
    description: p.description,
    audience: p.audience,
    openEnded: p.lengthWeeks === null,
    weeks: String(p.lengthWeeks ?? 6),
    capacity: String(p.defaultMentorCapacity),
    allowDualRole: p.allowDualRole,
    acceptWhileRunning: p.acceptWhileRunning,
    topics: p.topics,
  };
}

/** What the server's program schema reads. */
export function detailsPayload(d: DetailsDraft) {
  return {
    name: d.name,
    description: d.description,
    audience: d.audience,
    lengthWeeks: d.openEnded ? null : typedNumber(d.weeks),
    defaultMentorCapacity: typedNumber(d.capacity),
    allowDualRole: d.allowDualRole,
    acceptWhileRunning: d.acceptWhileRunning,
    topics: d.topics,
  };
}
