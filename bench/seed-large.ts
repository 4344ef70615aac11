/**
 * A grown community for the page benchmarks (issue 18), generated inside PostgreSQL with generate_series so it takes
 * minutes, not hours. At scale 1: 100k users, 2k groups (one, "The Big Circle", with 20k members and 50k posts with
 * comments and reactions), a running program with 5k pairings, their threads and 1M messages (one long thread that
 * went quiet a month ago), and an open program of 5,000 approved mentees × 1,000 mentors. Smaller scales keep the
 * same shape (tests seed at 1/100 to prove the SQL holds to every constraint).
 *
 * Every id is a readable prefix and a number (`lu_42`, `lg_0`, `lpair_7`), so a benchmark can name the rows it
 * signs in as and visits without a query: see `largeCommunity()`.
 */
import pg from "pg";

export type LargeShape = {
  users: number;
  groups: number;
  bigMembers: number;
  bigPosts: number;
  commentsPerPost: number;
  otherGroupMembers: number;
  otherGroupPosts: number;
  pairings: number;
  messages: number;
  longThread: number;
  mentees: number;
  mentors: number;
};

/** The sizes the issue names, multiplied by `scale` (at least a handful of each). */
export function largeShape(scale = 1): LargeShape {
  const n = (full: number, min = 2) => Math.max(min, Math.round(full * scale));
  return {
    users: n(100_000, 400),
    groups: n(2_000, 5),
    bigMembers: n(20_000, 300),
    bigPosts: n(50_000, 30),
    commentsPerPost: 6,
    otherGroupMembers: 40,
    otherGroupPosts: n(125, 3),
    pairings: n(5_000, 20),
    messages: n(1_000_000, 400),
    longThread: n(100_000, 100),
    mentees: n(5_000, 20),
    mentors: n(1_000, 5),
  };
}

/**
 * Where the programs' people start among the big group's members: lu_1 owns it, lu_2…lu_5 are admins, lu_6…lu_12
 * moderators; then the running program's mentees, its mentors (two mentees each), the open program's mentees and
 * mentors, and plain members after them.
 */
function bases(s: LargeShape) {
  const runMentee = 13;
  const runMentor = runMentee + s.pairings;
  const openMentee = runMentor + Math.ceil(s.pairings / 2);
  const openMentor = openMentee + s.mentees;
  return { runMentee, runMentor, openMentee, openMentor, lastInPrograms: openMentor + s.mentors - 1 };
}

/** Who and what the benchmarks visit, by id (the numbers are fixed by the generator). */
export function largeCommunity(s: LargeShape) {
  const b = bases(s);
  return {
    bigGroupSlug: "the-big-circle",
    owner: "lu_1",
    /** A member of the big group in no program. */
    member: `lu_${s.bigMembers}`,
    quietMentee: `lu_${b.runMentee}`,
    quietMentor: `lu_${b.runMentor}`,
    runningProgram: "lprog_run",
    openProgram: "lprog_open",
    /** Pairing 0 has the long thread that went quiet; its mentor and mentee. */
    quietPairing: "lpair_0",
    quietThread: "lthread_0",
  };
}

const TOPICS = [
  "Cold process",
  "Lye safety",
  "Fragrance",
  "Colour",
  "Selling at markets",
  "Packaging",
  "Costing",
  "Natural oils",
  "Melt and pour",
  "Curing",
];
const LANGUAGES = ["English", "Spanish", "Arabic", "French", "Portuguese", "Swahili"];
const ZONES = ["America/New_York", "America/Mexico_City", "Europe/Madrid", "Africa/Cairo", "Asia/Dubai", "UTC"];

/**
 * Fills the database at `url` (migrated, with or without the demo seed) with the grown community. Idempotent in
 * the sense that it refuses to run twice: the rows' ids would collide, so it checks first and says so.
 */
export async function seedLarge(url: string, shape: LargeShape, log: (line: string) => void = () => {}) {
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    const existing = await db.query(`SELECT 1 FROM "User" WHERE id = 'lu_1'`);
    if (existing.rowCount) throw new Error("The large community is already seeded in this database.");
    await db.query("SET synchronous_commit = off");
    const step = async (name: string, sql: string, params: unknown[] = []) => {
      const t = Date.now();
      const result = await db.query(sql, params);
      log(`${name}: ${result.rowCount ?? 0} rows in ${((Date.now() - t) / 1000).toFixed(1)} s`);
    };
    const s = shape;
    const arr = (xs: string[]) => `ARRAY[${xs.map((x) => `'${x.replaceAll("'", "''")}'`).join(",")}]`;

    // Users: lu_1 … lu_N, spread over time zones and languages; created over the last two years.
    await step(
      "users",
      `INSERT INTO "User"(id, email, name, "timeZone", languages, "emailVerifiedAt", "createdAt", "updatedAt")
       SELECT 'lu_' || i, 'member' || i || '@large.test',
         (${arr(["Amara", "Diego", "Lina", "Sam", "Fatima", "Kofi", "Mei", "Ines", "Omar", "Hana"])})[1 + i % 10] || ' ' ||
         (${arr(["Okafor", "Garcia", "Haddad", "Silva", "Nair", "Mensah", "Wu", "Costa", "Patel", "Kim"])})[1 + (i / 10) % 10] || ' ' || i,
         (${arr(ZONES)})[1 + i % ${ZONES.length}],
         ARRAY[(${arr(LANGUAGES)})[1 + i % ${LANGUAGES.length}]],
         now(), now() - (i % 730) * interval '1 day', now()
       FROM generate_series(1, $1::int) i`,
      [s.users],
    );

    // Groups: lg_0 is the big one; the others are small, a third of them private.
    await step(
      "groups",
      `INSERT INTO "Group"(id, slug, name, description, privacy, "mentorshipEnabled", "createdById", "createdAt", "updatedAt")
       SELECT 'lg_' || g,
         CASE WHEN g = 0 THEN 'the-big-circle' ELSE 'large-group-' || g END,
         CASE WHEN g = 0 THEN 'The Big Circle' ELSE 'Circle ' || g END,
         'A community of makers helping each other. Group ' || g || '.',
         CASE WHEN g % 3 = 2 THEN 'PRIVATE' ELSE 'PUBLIC' END::"GroupPrivacy",
         g = 0,
         'lu_' || (1 + (g * 37) % $2::int), now() - interval '400 days', now()
       FROM generate_series(0, $1::int - 1) g`,
      [s.groups, s.users],
    );

    // Memberships: lu_1 owns the big group, lu_2…lu_5 are its admins, lu_1…lu_bigMembers its members. Each small
    // group has otherGroupMembers members, the first its owner (the group's creator).
    await step(
      "memberships (big group)",
      `INSERT INTO "Membership"(id, "groupId", "userId", role, status, "joinedAt", "requestedAt", "updatedAt")
       SELECT 'lm_0_' || i, 'lg_0', 'lu_' || i,
         (CASE WHEN i = 1 THEN 'OWNER' WHEN i <= 5 THEN 'ADMIN' WHEN i <= 12 THEN 'MODERATOR' ELSE 'MEMBER' END)::"GroupRole",
         'ACTIVE', now() - (i % 365) * interval '1 day', now() - (i % 365) * interval '1 day', now()
       FROM generate_series(1, $1::int) i`,
      [s.bigMembers],
    );
    await step(
      "memberships (other groups)",
      `INSERT INTO "Membership"(id, "groupId", "userId", role, status, "joinedAt", "requestedAt", "updatedAt")
       SELECT 'lm_' || g || '_' || k, 'lg_' || g, 'lu_' || (1 + (g * 37 + k * 101) % $2::int),
         (CASE WHEN k = 0 THEN 'OWNER' ELSE 'MEMBER' END)::"GroupRole",
         'ACTIVE', now() - k * interval '1 day', now() - k * interval '1 day', now()
       FROM generate_series(1, $1::int - 1) g, generate_series(0, $3::int - 1) k`,
      [s.groups, s.users, s.otherGroupMembers],
    );

    // Posts: newest first by number (post 0 is the newest), authors from the group's members.
    await step(
      "posts (big group)",
      `INSERT INTO "Post"(id, "groupId", "authorId", body, "createdAt")
       SELECT 'lp_0_' || p, 'lg_0', 'lu_' || (1 + (p * 7919) % $2::int),
         'Batch ' || p || ': tried a new recipe with olive oil and shea butter. The trace came fast, so I poured early. ' ||
         'Any tips on keeping the top smooth?',
         now() - p * interval '9 minutes'
       FROM generate_series(0, $1::int - 1) p`,
      [s.bigPosts, s.bigMembers],
    );
    await step(
      "posts (other groups)",
      `INSERT INTO "Post"(id, "groupId", "authorId", body, "createdAt")
       SELECT 'lp_' || g || '_' || p, 'lg_' || g, 'lu_' || (1 + (g * 37 + (p % $3::int) * 101) % $4::int),
         'Post ' || p || ' in circle ' || g || ': sharing what worked this week.', now() - (g + p * 60) * interval '1 minute'
       FROM generate_series(1, $1::int - 1) g, generate_series(0, $2::int - 1) p`,
      [s.groups, s.otherGroupPosts, s.otherGroupMembers, s.users],
    );

    // Comments: the big group's newest 200 posts carry 60 comments each (the feed's worst case); every other post
    // commentsPerPost on average, on every other post. A comment follows its post by seconds and is never in the future.
    await step(
      "comments (big group, busy posts)",
      `INSERT INTO "Comment"(id, "postId", "authorId", body, "createdAt")
       SELECT 'lc_0_' || p || '_' || c, 'lp_0_' || p, 'lu_' || (1 + (p * 31 + c * 17) % $2::int),
         'Comment ' || c || ': lower the temperature a little and stir slower.', LEAST(now(), now() - p * interval '9 minutes' + c * interval '8 seconds')
       FROM generate_series(0, LEAST(200, $1::int) - 1) p, generate_series(0, 59) c`,
      [s.bigPosts, s.bigMembers],
    );
    await step(
      "comments (big group, the rest)",
      `INSERT INTO "Comment"(id, "postId", "authorId", body, "createdAt")
       SELECT 'lc_0_' || p || '_' || c, 'lp_0_' || p, 'lu_' || (1 + (p * 31 + c * 17) % $2::int),
         'Same here, thanks for sharing.', LEAST(now(), now() - p * interval '9 minutes' + c * interval '8 seconds')
       FROM generate_series(200, $1::int - 1, 2) p, generate_series(0, $3::int * 2 - 1) c`,
      [s.bigPosts, s.bigMembers, s.commentsPerPost],
    );
    await step(
      "comments (other groups)",
      `INSERT INTO "Comment"(id, "postId", "authorId", body, "createdAt")
       SELECT 'lc_' || g || '_' || p || '_' || c, 'lp_' || g || '_' || p, 'lu_' || (1 + (g * 37 + c * 101) % $3::int),
         'Good idea.', now() - (g + p * 60) * interval '1 minute' + c * interval '1 minute'
       FROM generate_series(1, $1::int - 1) g, generate_series(0, $2::int - 1) p, generate_series(0, 1) c`,
      [s.groups, s.otherGroupPosts, s.users],
    );

    // Reactions: four on every big-group post, one on every busy comment (one per user and target).
    await step(
      "reactions on posts",
      `INSERT INTO "Reaction"(id, "userId", "postId", kind)
       SELECT 'lr_' || p || '_' || k, 'lu_' || (1 + (p * 13 + k * 997) % $2::int), 'lp_0_' || p,
         (${arr(["LIKE", "LOVE", "CARE", "WOW"])})[1 + k]::"ReactionKind"
       FROM generate_series(0, $1::int - 1) p, generate_series(0, 3) k`,
      [s.bigPosts, s.bigMembers],
    );
    await step(
      "reactions on comments",
      `INSERT INTO "Reaction"(id, "userId", "commentId", kind)
       SELECT 'lrc_' || p || '_' || c, 'lu_' || (1 + (p * 3 + c * 7) % $2::int), 'lc_0_' || p || '_' || c, 'LIKE'
       FROM generate_series(0, LEAST(200, $1::int) - 1) p, generate_series(0, 59) c`,
      [s.bigPosts, s.bigMembers],
    );

    // Two programs in the big group: one running with every pairing, one open with a cohort to match.
    await step(
      "programs",
      `INSERT INTO "Program"(id, "groupId", name, description, template, state, "lengthWeeks", "defaultMentorCapacity",
         topics, "createdById", "openedAt", "startedAt", "createdAt", "updatedAt")
       VALUES
       ('lprog_run', 'lg_0', 'Spring apprenticeship', 'Makers teach newcomers.', 'LEARN_THE_ROPES', 'RUNNING', 12, 2,
        ${arr(TOPICS)}, 'lu_1', now() - interval '60 days', now() - interval '30 days', now() - interval '70 days', now()),
       ('lprog_open', 'lg_0', 'Autumn cohort', 'Applications are open.', 'SKILL_BUILDING', 'OPEN', 10, 5,
        ${arr(TOPICS)}, 'lu_1', now() - interval '10 days', NULL, now() - interval '12 days', now())`,
    );
    await step(
      "program steps",
      `INSERT INTO "ProgramStep"(id, "programId", position, title, guidance, "dueWeek", "isGoalStep", "updatedAt")
       SELECT 'lstep_' || pr || '_' || k, pr, k, 'Step ' || (k + 1), 'Talk it through together.', k * 2 + 1, k = 0, now()
       FROM unnest(ARRAY['lprog_run', 'lprog_open']) pr, generate_series(0, 5) k`,
    );

    // The running program: mentee i is lu_(runMentee+i), their mentor lu_(runMentor+i/2), two mentees each.
    const b = bases(s);
    if (b.lastInPrograms > s.bigMembers)
      throw new Error(`The programs need ${b.lastInPrograms} members; the big group has ${s.bigMembers}.`);
    const menteeBase = b.runMentee;
    const mentorBase = b.runMentor;
    const mentorCount = Math.ceil(s.pairings / 2);
    await step(
      "applications (running program)",
      `INSERT INTO "Application"(id, "programId", "userId", role, state, topics, languages, "timeZone", capacity,
         goals, "submittedAt", "decidedAt", "decidedById", "updatedAt")
       SELECT 'lapp_run_mentee_' || i, 'lprog_run', 'lu_' || ($1::int + i), 'MENTEE'::"ParticipantRole", 'MATCHED'::"ApplicationState",
         ARRAY[(${arr(TOPICS)})[1 + i % 10]], ARRAY['English'], (${arr(ZONES)})[1 + i % 6], NULL,
         'Learn to make soap safely.', now() - interval '50 days', now() - interval '40 days', 'lu_1', now()
       FROM generate_series(0, $3::int - 1) i
       UNION ALL
       SELECT 'lapp_run_mentor_' || i, 'lprog_run', 'lu_' || ($2::int + i), 'MENTOR'::"ParticipantRole", 'MATCHED'::"ApplicationState",
         ARRAY[(${arr(TOPICS)})[1 + i % 10], (${arr(TOPICS)})[1 + (i + 3) % 10]], ARRAY['English'],
         (${arr(ZONES)})[1 + i % 6], 2, '', now() - interval '50 days', now() - interval '40 days', 'lu_1', now()
       FROM generate_series(0, $4::int - 1) i`,
      [menteeBase, mentorBase, s.pairings, mentorCount],
    );
    await step(
      "pairings",
      `INSERT INTO "Pairing"(id, "programId", "mentorApplicationId", "menteeApplicationId", "mentorId", "menteeId",
         introduction, goal, "startedAt", "lastActivityAt", "createdById", "createdAt", "updatedAt")
       SELECT 'lpair_' || i, 'lprog_run', 'lapp_run_mentor_' || (i / 2), 'lapp_run_mentee_' || i,
         'lu_' || ($2::int + i / 2), 'lu_' || ($1::int + i), 'You both love cold process soap.', 'A first batch that cures well.',
         now() - interval '30 days', now() - (i % 40) * interval '1 day', 'lu_1', now() - interval '40 days', now()
       FROM generate_series(0, $3::int - 1) i`,
      [menteeBase, mentorBase, s.pairings],
    );
    await step(
      "check-ins",
      `INSERT INTO "CheckIn"(id, "pairingId", "stepId", "userId", reflection, rating, "createdAt", "updatedAt")
       SELECT 'lci_' || i || '_' || k, 'lpair_' || i, 'lstep_lprog_run_' || k, 'lu_' || ($1::int + i),
         'We met and it went well.', 4, now() - (20 - k * 5) * interval '1 day', now()
       FROM generate_series(0, $2::int - 1) i, generate_series(0, 1) k
       WHERE i % 3 <> 0 OR k = 0`,
      [menteeBase, s.pairings],
    );
    await step(
      "threads",
      `INSERT INTO "Thread"(id, "pairingId", "lastMessageAt", "createdAt")
       SELECT 'lthread_' || i, 'lpair_' || i,
         CASE WHEN i = 0 THEN now() - interval '30 days' ELSE now() - (i % 40) * interval '1 hour' END,
         now() - interval '40 days'
       FROM generate_series(0, $1::int - 1) i`,
      [s.pairings],
    );
    // Messages: the long quiet thread first (oldest), then the rest spread over every other thread, newer.
    const rest = Math.max(0, s.messages - s.longThread);
    await step(
      "messages (the long quiet thread)",
      `INSERT INTO "Message"(id, "threadId", "clientId", "authorId", body, "createdAt")
       SELECT 'lmsg_0_' || m, 'lthread_0', 'lclient_0_' || m,
         CASE WHEN m % 2 = 0 THEN 'lu_' || $1::int ELSE 'lu_' || $2::int END,
         'Message ' || m || ': how did the batch turn out?', now() - interval '40 days' + m * interval '20 seconds'
       FROM generate_series(0, $3::int - 1) m`,
      [menteeBase, mentorBase, s.longThread],
    );
    await step(
      "messages (every other thread)",
      `INSERT INTO "Message"(id, "threadId", "clientId", "authorId", body, "createdAt")
       SELECT 'lmsg_' || t || '_' || m, 'lthread_' || t, 'lclient_' || t || '_' || m,
         CASE WHEN m % 2 = 0 THEN 'lu_' || ($1::int + t) ELSE 'lu_' || ($2::int + t / 2) END,
         'Message ' || m || ': the bars are curing on the rack.', now() - interval '25 days' + m * interval '1 hour'
       FROM generate_series(1, $3::int - 1) t, generate_series(0, $4::int - 1) m`,
      [menteeBase, mentorBase, s.pairings, Math.max(1, Math.floor(rest / Math.max(1, s.pairings - 1)))],
    );
    await step(
      "thread reads",
      `INSERT INTO "ThreadRead"("threadId", "userId", "lastReadSeq", "updatedAt")
       SELECT t.id, u.id, COALESCE((SELECT max(seq) FROM "Message" m WHERE m."threadId" = t.id), 0) - 3, now()
       FROM "Thread" t JOIN "Pairing" p ON p.id = t."pairingId"
       JOIN "User" u ON u.id IN (p."mentorId", p."menteeId")
       WHERE t.id LIKE 'lthread_%'`,
    );

    // The open program: approved mentees and mentors waiting to be matched (the matching board's worst case).
    const openMenteeBase = b.openMentee;
    const openMentorBase = b.openMentor;
    await step(
      "applications (open program)",
      `INSERT INTO "Application"(id, "programId", "userId", role, state, topics, languages, "timeZone", capacity,
         goals, experience, "submittedAt", "decidedAt", "decidedById", "updatedAt")
       SELECT 'lapp_open_mentee_' || i, 'lprog_open', 'lu_' || ($1::int + i), 'MENTEE'::"ParticipantRole", 'APPROVED'::"ApplicationState",
         ARRAY[(${arr(TOPICS)})[1 + i % 10], (${arr(TOPICS)})[1 + (i * 7) % 10]],
         ARRAY[(${arr(LANGUAGES)})[1 + i % 6]], (${arr(ZONES)})[1 + (i * 5) % 6], NULL,
         'I want to learn ' || lower((${arr(TOPICS)})[1 + i % 10]) || ' and sell at the winter market.', '',
         now() - interval '8 days', now() - interval '7 days', 'lu_1', now()
       FROM generate_series(0, $3::int - 1) i
       UNION ALL
       SELECT 'lapp_open_mentor_' || i, 'lprog_open', 'lu_' || ($2::int + i), 'MENTOR'::"ParticipantRole", 'APPROVED'::"ApplicationState",
         ARRAY[(${arr(TOPICS)})[1 + i % 10], (${arr(TOPICS)})[1 + (i + 3) % 10], (${arr(TOPICS)})[1 + (i + 6) % 10]],
         ARRAY['English', (${arr(LANGUAGES)})[1 + i % 6]], (${arr(ZONES)})[1 + i % 6], 5, '',
         'Ten years of ' || lower((${arr(TOPICS)})[1 + i % 10]) || '.',
         now() - interval '8 days', now() - interval '7 days', 'lu_1', now()
       FROM generate_series(0, $4::int - 1) i`,
      [openMenteeBase, openMentorBase, s.mentees, s.mentors],
    );
    await step("analyze", "ANALYZE");
  } finally {
    await db.end();
  }
}
