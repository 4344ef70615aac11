import "server-only";
import type { Actor } from "@/lib/auth/policy";
import { authorize } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { avatarPhoto } from "@/lib/photos/url";
import type { QuestionKind } from "@/lib/programs/question-schema";
import type { QuestionDto } from "@/lib/programs/dto";
import { readWeights } from "./candidates";
import { readRules } from "./rules";
import { boardProgram } from "./get-matching-board";
import { loadBoard, RANK_POOL, type MentorRow, type PersonRow } from "./board-sql";
import {
  decodeMenteeCursor,
  decodeMentorCursor,
  encodeMenteeCursor,
  encodeMentorCursor,
  MENTEES_PER_PAGE,
  MENTORS_PER_PAGE,
  SUGGESTIONS_MAX,
  weightsFromParam,
  type BoardQuery,
} from "./board-query";
import type { BoardPageDto, CandidateDto, MentorCandidateDto } from "./dto";
import { corpusOf, rankMentors } from "./scoring";
import { toMentorProfile, toProfile } from "./candidates";

const toCandidate = (r: PersonRow): CandidateDto => ({
  applicationId: r.id,
  userId: r.userId,
  name: r.name,
  image: r.image,
  photo: avatarPhoto({ id: r.userId, photoVersion: r.photoVersion }),
  topics: r.topics,
  languages: r.languages,
  timeZone: r.timeZone,
  cadence: r.cadence,
  answers: r.answers ?? {},
  text: r.text,
  approvedAt: r.decidedAt === null ? null : new Date(Number(r.decidedAt)).toISOString(),
});

/** One value per spelling ignoring case ("soap" and "Soap" filter alike), the first one kept. */
function firstSpellings(values: string[] | null): string[] {
  const seen = new Map<string, string>();
  for (const v of values ?? []) if (!seen.has(v.toLowerCase())) seen.set(v.toLowerCase(), v);
  return [...seen.values()];
}

/** The lists show two lines of someone's free text: the rest stays on the server (ranking has read it there). */
const PREVIEW = 180;
const preview = <T extends CandidateDto>(c: T): T =>
  c.text.length > PREVIEW ? { ...c, text: c.text.slice(0, PREVIEW) } : c;

/** A mentor as the lists send them: their free text is read by the ranking here and shown nowhere on the board. */
const listed = (m: MentorCandidateDto): MentorCandidateDto => ({ ...m, text: "" });

const toMentor = (r: MentorRow): MentorCandidateDto => ({
  ...toCandidate(r),
  capacity: r.capacity,
  active: r.active,
  remaining: r.remaining,
});

/**
 * The matching board as its page shows it, for the program's owners and admins (anyone else: NOT_FOUND or
 * FORBIDDEN, as `authorize` answers): a page of waiting mentees (keyset, filters and name search in SQL), and on
 * the other side a page of mentors or, for the chosen mentee, the mentors ranked for them on the server (a bounded
 * pool chosen in SQL, scored here). One statement after the authorization, the same whatever the size of the cohort.
 */
export async function getBoardPage(actor: Actor, programId: string, query: BoardQuery): Promise<BoardPageDto> {
  const { program, group } = await authorize(actor, "pairings.manage", { programId });
  const ref = { id: program.id, groupId: group.id, defaultMentorCapacity: program.defaultMentorCapacity };
  const filters = { topic: query.topic, language: query.language, timeZone: query.timeZone };
  const before = decodeMenteeCursor(query.before);
  const after = before ? null : decodeMenteeCursor(query.after);
  const rank = Boolean(query.mentee);
  const tried = weightsFromParam(query.w);
  const { mentees: side, mentors: mentorSide } = await loadBoard(
    db,
    ref,
    { filters: { ...filters, q: query.q }, page: { after, before, size: MENTEES_PER_PAGE }, mentee: query.mentee },
    rank
      ? { filters: { ...filters, q: query.mq }, rank: true, mentee: query.mentee, tried, pool: RANK_POOL }
      : {
          filters: { ...filters, q: query.mq },
          rank: false,
          after: decodeMentorCursor(query.mafter),
          size: MENTORS_PER_PAGE,
        },
  );

  // A page holds MENTEES_PER_PAGE; the extra row read says another page follows in the direction read.
  const more = side.page.length > MENTEES_PER_PAGE;
  const rows = before ? side.page.slice(-MENTEES_PER_PAGE) : side.page.slice(0, MENTEES_PER_PAGE);
  const first = rows[0];
  const last = rows[rows.length - 1];
  const cursorOf = (r: PersonRow | undefined) =>
    r && r.decidedAt !== null ? encodeMenteeCursor({ at: new Date(Number(r.decidedAt)), id: r.id }) : null;
  const links = {
    after: (before ? true : more) ? cursorOf(last) : null,
    before: (before ? more : after !== null) ? cursorOf(first) : null,
  };

  const saved = readWeights(side.weights);
  const rules = readRules(side.rules);
  const rankedWith = tried ?? saved;
  const selected = side.selected ? toCandidate(side.selected) : null;

  let mentors: BoardPageDto["mentors"] = null;
  let suggestions: BoardPageDto["suggestions"] = null;
  if (!selected) {
    const page = rank ? [] : mentorSide.rows.slice(0, MENTORS_PER_PAGE);
    const tail = page[page.length - 1];
    mentors = {
      // Answers are left out of the list (no comparison without a mentee); the address of the next page, if any.
      items: page.map((r) => listed(toMentor({ ...r, answers: null }))),
      after:
        !rank && mentorSide.rows.length > MENTORS_PER_PAGE && tail
          ? encodeMentorCursor({ remaining: tail.remaining, name: tail.name, id: tail.id })
          : null,
    };
  } else {
    // The pool holds every mentor with a place the filters keep, up to RANK_POOL (decision 027): excluded ones and
    // the mentee themself were left out in SQL, so nothing here is excluded.
    const pool = mentorSide.rows.map(toMentor);
    const excludedHere = mentorSide.excludedHere.rows.map(toMentor);
    const full = mentorSide.full.rows.map(toMentor);
    const profiles = pool.map(toMentorProfile);
    const ranked = rankMentors(toProfile(selected), profiles, rankedWith, new Set(), new Date(), SUGGESTIONS_MAX, {
      // How rare a word is, among the program's mentors: every one the board read (all of them below 200 open
      // mentors, 20 full and 20 excluded, and without a filter; decision 030).
      corpus: corpusOf([...pool, ...excludedHere, ...full].map(toMentorProfile)),
      // The hard rules are kept here, not in the pool's SQL: the pool also gives the words' rarity, and its order
      // puts a shared language first already (decision 031).
      rules,
    });
    const shown = new Set(ranked.map((s) => s.mentorApplicationId));
    suggestions = {
      ranked,
      // Only the mentors named on screen travel (the ranked ones, the excluded and the full ones listed).
      mentors: [...pool.filter((m) => shown.has(m.applicationId)), ...excludedHere, ...full].map(listed),
      excluded: side.excluded.filter((id) => [...excludedHere, ...full].some((m) => m.applicationId === id)),
      excludedHere: { ids: excludedHere.map((m) => m.applicationId), total: mentorSide.excludedHere.total },
      full: { ids: full.map((m) => m.applicationId), total: mentorSide.full.total },
    };
  }

  const questions = (side.questions as QuestionDto[]).map((q) => ({ ...q, kind: q.kind as QuestionKind }));
  return {
    program: { ...boardProgram(program, group), groupSlug: group.slug, mentorshipEnabled: group.mentorshipEnabled },
    weights: saved,
    rankedWith,
    counts: {
      activePairings: side.activePairings,
      waitlistedMentees: side.waitlisted,
      waiting: side.waiting,
      openMentors: mentorSide.open,
      places: mentorSide.places,
      hiddenWithPlaces: mentorSide.open - mentorSide.openShown,
    },
    facets: {
      topics: firstSpellings(side.facets.topics),
      languages: firstSpellings(side.facets.languages),
      timeZones: side.facets.timeZones ?? [],
    },
    mentees: { items: rows.map((r) => preview(toCandidate(r))), links },
    selected,
    mentors,
    suggestions,
    questions: {
      MENTOR: questions.filter((q) => q.role === "MENTOR"),
      MENTEE: questions.filter((q) => q.role === "MENTEE"),
    },
  };
}
