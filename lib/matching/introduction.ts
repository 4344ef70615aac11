import { zoneName } from "@/lib/time";
import { listInWords } from "./reasons";
import { hoursApart } from "./time-gap";

export { listInWords } from "./reasons";

// Pure: the match dialog prefills the introduction in the browser, and the cohort draft on the server.

type Person = {
  name: string;
  topics: string[];
  languages: string[];
  timeZone: string | null;
  /** Goals (mentee) or experience (mentor): the free-text answers. */
  text: string;
};

const firstName = (name: string) => name.trim().split(/\s+/)[0] || name;

function shared(a: string[], b: string[]): string[] {
  const theirs = new Set(b.map((x) => x.trim().toLowerCase()));
  const seen = new Set<string>();
  return a
    .map((x) => x.trim())
    .filter((x) => {
      const key = x.toLowerCase();
      if (!key || !theirs.has(key) || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/** The first sentence of the mentee's goals, shortened to a quotable length. */
function firstSentence(text: string, max = 200): string | null {
  const line = text
    .split("\n")
    .find((l) => l.trim())
    ?.trim();
  if (!line) return null;
  const sentence = line.match(/^.+?[.!?](\s|$)/)?.[0]?.trim() ?? line;
  return sentence.length > max ? `${sentence.slice(0, max - 1).trimEnd()}…` : sentence;
}

/**
 * The introduction's sentences, by name. The screens pass the reader's language (the admin writes the
 * introduction, so it starts in theirs: messages under `matching.introduction`); English is the default.
 */
export type IntroductionKey =
  "greeting" | "meet" | "topics" | "languages" | "bothOnZone" | "sameZone" | "hoursApart" | "goal" | "closing";
export type IntroductionWords = {
  say: (key: IntroductionKey, values: Record<string, string | number>) => string;
  /** "a, b and c" in the language. */
  list: (items: string[]) => string;
};

const ENGLISH: Record<IntroductionKey, (v: Record<string, string | number>) => string> = {
  greeting: (v) => `Hi ${v.mentee} and ${v.mentor}, welcome to ${v.program}!`,
  meet: (v) => `${v.mentee}, meet ${v.mentorFullName}, your mentor. ${v.mentor}, meet ${v.menteeFullName}.`,
  topics: (v) => `You share an interest in ${v.topics}.`,
  languages: (v) => `You both speak ${v.languages}.`,
  bothOnZone: (v) => `You're both on ${v.zone} time.`,
  sameZone: () => "You're in the same time zone.",
  hoursApart: (v) =>
    `You're ${v.hours} ${v.hours === 1 ? "hour" : "hours"} apart (${v.menteeZone} and ${v.mentorZone}).`,
  goal: (v) => `${v.mentee}, you told us: “${v.goal}”`,
  closing: () => "Say hello here and find a time for your first conversation. We're glad you're both here.",
};
export const ENGLISH_INTRODUCTION: IntroductionWords = {
  say: (key, values) => ENGLISH[key](values),
  list: listInWords,
};

function zones(mentee: Person, mentor: Person, at: Date, w: IntroductionWords): string | null {
  if (!mentee.timeZone || !mentor.timeZone) return null;
  if (mentee.timeZone === mentor.timeZone) return w.say("bothOnZone", { zone: zoneName(mentee.timeZone) });
  // The same reading as the card's (./time-gap): the introduction never names a gap the card did not.
  const hours = hoursApart(mentee.timeZone, mentor.timeZone, at);
  if (hours === null) return null;
  if (hours === 0) return w.say("sameZone", {});
  return w.say("hoursApart", { hours, menteeZone: zoneName(mentee.timeZone), mentorZone: zoneName(mentor.timeZone) });
}

/**
 * A warm first message from what the two share (topics, languages, time zones) and what the mentee hopes for.
 * The admin edits it before confirming; it opens the pair's thread.
 */
export function draftIntroduction(
  programName: string,
  mentee: Person,
  mentor: Person,
  at = new Date(),
  w: IntroductionWords = ENGLISH_INTRODUCTION,
): string {
  const names = { mentee: firstName(mentee.name), mentor: firstName(mentor.name) };
  const lines = [w.say("greeting", { ...names, program: programName }), ""];
  lines.push(w.say("meet", { ...names, mentorFullName: mentor.name, menteeFullName: mentee.name }));
  const common: string[] = [];
  const topics = shared(mentee.topics, mentor.topics);
  if (topics.length) common.push(w.say("topics", { topics: w.list(topics) }));
  const languages = shared(mentee.languages, mentor.languages);
  if (languages.length) common.push(w.say("languages", { languages: w.list(languages) }));
  const zone = zones(mentee, mentor, at, w);
  if (zone) common.push(zone);
  if (common.length) lines.push(common.join(" "));
  const goal = firstSentence(mentee.text);
  if (goal) lines.push("", w.say("goal", { mentee: names.mentee, goal }));
  lines.push("", w.say("closing", {}));
  return lines.join("\n");
}
