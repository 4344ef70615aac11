import { utcOffsetMinutes, zoneName } from "@/lib/time";

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

export function listInWords(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
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

function zones(mentee: Person, mentor: Person, at: Date): string | null {
  if (!mentee.timeZone || !mentor.timeZone) return null;
  if (mentee.timeZone === mentor.timeZone) return `You're both on ${zoneName(mentee.timeZone)} time.`;
  const a = utcOffsetMinutes(mentee.timeZone, at);
  const b = utcOffsetMinutes(mentor.timeZone, at);
  if (a === null || b === null) return null;
  const hours = Math.round(Math.abs(a - b) / 30) / 2;
  if (hours === 0) return "You're in the same time zone.";
  return `You're ${hours} ${hours === 1 ? "hour" : "hours"} apart (${zoneName(mentee.timeZone)} and ${zoneName(mentor.timeZone)}).`;
}

/**
 * A warm first message from what the two share (topics, languages, time zones) and what the mentee hopes for.
 * The admin edits it before confirming; it opens the pair's thread.
 */
export function draftIntroduction(programName: string, mentee: Person, mentor: Person, at = new Date()): string {
  const m = firstName(mentee.name);
  const t = firstName(mentor.name);
  const lines = [`Hi ${m} and ${t}, welcome to ${programName}!`, ""];
  lines.push(`${m}, meet ${mentor.name}, your mentor. ${t}, meet ${mentee.name}.`);
  const common: string[] = [];
  const topics = shared(mentee.topics, mentor.topics);
  if (topics.length) common.push(`You share an interest in ${listInWords(topics)}.`);
  const languages = shared(mentee.languages, mentor.languages);
  if (languages.length) common.push(`You both speak ${listInWords(languages)}.`);
  const zone = zones(mentee, mentor, at);
  if (zone) common.push(zone);
  if (common.length) lines.push(common.join(" "));
  const goal = firstSentence(mentee.text);
  if (goal) lines.push("", `${m}, you told us: “${goal}”`);
  lines.push("", "Say hello here and find a time for your first conversation. We're glad you're both here.");
  return lines.join("\n");
}
