/**
 * Demo groups: six communities of different privacy, with members of every role, pending requests, posts,
 * replies, reactions, a pinned announcement, a removed post, a report and the audit trail of it all.
 */
import type { PrismaClient } from "../../lib/db/generated/client";
import type { GroupRole } from "../../lib/db/generated/enums";
import { addMember, createGroup } from "../../tests/factories/groups";
import { createComment, createPost, react } from "../../tests/factories/feed";
import { unguessableSlug } from "../../lib/groups/slug";

type Person = { id: string; name: string };
type Cast = Record<string, Person>;

const days = (n: number) => new Date(Date.now() - n * 24 * 60 * 60 * 1000);

type GroupSpec = {
  slug: string;
  name: string;
  description: string;
  privacy: "PUBLIC" | "PRIVATE";
  visibility: "VISIBLE" | "HIDDEN";
  coverColor: string;
  owner: string;
  roles: [string, GroupRole][];
  pending?: { who: string; answers: string[] }[];
  rules: { title: string; body: string }[];
  questions: { prompt: string; required: boolean }[];
  posts: {
    by: string;
    body: string;
    daysAgo: number;
    pinned?: boolean;
    comments?: { by: string; body: string; replies?: { by: string; body: string }[] }[];
    likes?: string[];
  }[];
};

const GROUPS: GroupSpec[] = [
  {
    slug: "soap-makers-circle",
    name: "Soap Makers' Circle",
    description:
      "Cold process, hot process, melt and pour. Experienced soapers teaching newcomers the ropes: lye safety, recipes, colour and packaging. Everyone started with a lumpy first batch.",
    privacy: "PUBLIC",
    visibility: "VISIBLE",
    coverColor: "#b45309",
    owner: "amara",
    roles: [
      ["diego", "ADMIN"],
      ["mei", "MODERATOR"],
      ["sam", "MEMBER"],
      ["lina", "MEMBER"],
      ["ruth", "MEMBER"],
      ["kofi", "MEMBER"],
      ["ana", "MEMBER"],
    ],
    rules: [
      { title: "Safety first", body: "Always mention lye safety when sharing a cold-process recipe." },
      { title: "Be kind to beginners", body: "We all had a first batch that seized." },
    ],
    questions: [],
    posts: [
      {
        by: "amara",
        daysAgo: 20,
        pinned: true,
        body: "Welcome! Start with the lye safety guide: https://en.wikipedia.org/wiki/Sodium_hydroxide — gloves, goggles, and always add lye to water, never the reverse.",
        likes: ["diego", "mei", "sam", "lina"],
      },
      {
        by: "sam",
        daysAgo: 2,
        body: "My first cold-process batch turned crumbly after a week. Too much lye? Recipe: 500 g olive oil, 70 g lye, 160 g water.",
        comments: [
          {
            by: "diego",
            body: "Run it through a lye calculator: for 500 g olive oil at 5% superfat you want about 64 g of lye.",
            replies: [{ by: "sam", body: "That explains it, thank you!" }],
          },
          { by: "ruth", body: "Happened to me too. Rebatch it into laundry soap rather than throwing it away." },
        ],
        likes: ["mei", "ruth"],
      },
      {
        by: "mei",
        daysAgo: 1,
        body: "Natural colourants that worked for me: alkanet root (purple), madder (pink), spirulina (green, fades).",
      },
    ],
  },
  {
    slug: "first-gen-college",
    name: "First-Gen College Circle",
    description:
      "For students who are the first in their family to go to college, and the graduates who remember how confusing it all was.",
    privacy: "PRIVATE",
    visibility: "VISIBLE",
    coverColor: "#1d4ed8",
    owner: "amara",
    roles: [
      ["mei", "ADMIN"],
      ["lina", "MEMBER"],
      ["kofi", "MEMBER"],
      ["jo", "MODERATOR"],
    ],
    pending: [
      { who: "sam", answers: ["I start community college in January and nobody at home has done this before."] },
    ],
    rules: [{ title: "What is shared here stays here", body: "Don't repost people's stories outside the group." }],
    questions: [{ prompt: "What year are you in, or when did you graduate?", required: true }],
    posts: [
      {
        by: "lina",
        daysAgo: 3,
        body: "Does anyone understand what 'office hours' are actually for? Is it rude to just show up?",
        comments: [
          {
            by: "mei",
            body: "Not rude at all. That time is literally reserved for you. Bring one question and it gets easier.",
          },
        ],
        likes: ["kofi", "jo"],
      },
    ],
  },
  {
    slug: "parents-together",
    name: "Parents Together",
    description: "A private, gentle space for parents supporting their LGBTQ+ kids. Questions of every kind welcome.",
    privacy: "PRIVATE",
    visibility: "VISIBLE",
    coverColor: "#be185d",
    owner: "ruth",
    roles: [
      ["ana", "ADMIN"],
      ["diego", "MEMBER"],
      ["amara", "MEMBER"],
    ],
    pending: [{ who: "kofi", answers: ["My daughter came out last month and I want to get this right.", "Yes"] }],
    rules: [
      { title: "Confidentiality", body: "Names and stories never leave this group." },
      { title: "No debate about whether our kids are valid", body: "" },
    ],
    questions: [
      { prompt: "What brings you here?", required: true },
      { prompt: "Do you agree to keep what is shared confidential?", required: true },
    ],
    posts: [{ by: "ana", daysAgo: 5, body: "Reminder: our monthly video call is Sunday. It's fine to just listen." }],
  },
  {
    slug: "after-the-storm",
    name: "After the Storm",
    description: "A hidden peer-support circle for survivors. Reachable only by invitation.",
    privacy: "PRIVATE",
    visibility: "HIDDEN",
    coverColor: "#0f766e",
    owner: "jo",
    roles: [
      ["lina", "MEMBER"],
      ["ruth", "MODERATOR"],
    ],
    rules: [{ title: "You decide what you share", body: "Nobody has to tell their story." }],
    questions: [],
    posts: [{ by: "ruth", daysAgo: 4, body: "Checking in on everyone this week. How are you sleeping?" }],
  },
  {
    slug: "career-switchers",
    name: "Career Switchers",
    description: "Changing careers at 30, 40 or 60. CV help, informational interviews, and people who made the jump.",
    privacy: "PUBLIC",
    visibility: "VISIBLE",
    coverColor: "#7c3aed",
    owner: "kofi",
    roles: [
      ["mei", "MODERATOR"],
      ["diego", "MEMBER"],
      ["ana", "MEMBER"],
      ["sam", "MEMBER"],
    ],
    rules: [{ title: "No recruiting spam", body: "Job posts are fine; pyramid schemes are not." }],
    questions: [],
    posts: [
      {
        by: "ana",
        daysAgo: 6,
        body: "Went from nursing to UX research after 12 years. Happy to answer questions about bootcamps vs. self-study.",
      },
      {
        by: "diego",
        daysAgo: 1,
        body: "How do you explain a career change in a cover letter without sounding apologetic?",
      },
    ],
  },
  {
    slug: "sunrise-runners",
    name: "Sunrise Runners",
    description: "A fitness club for early risers: couch to 5K, trail runs and strength days.",
    privacy: "PUBLIC",
    visibility: "VISIBLE",
    coverColor: "#ea580c",
    owner: "diego",
    roles: [
      ["sam", "MEMBER"],
      ["jo", "MEMBER"],
      ["ruth", "ADMIN"],
    ],
    rules: [],
    questions: [],
    posts: [{ by: "jo", daysAgo: 0, body: "Week 3 of couch to 5K done. My knees are complaining but I'm proud." }],
  },
];

export async function seedGroups(db: PrismaClient, cast: Cast): Promise<void> {
  for (const spec of GROUPS) {
    const owner = cast[spec.owner]!;
    const group = await createGroup(db, owner, {
      // A hidden group lives at an address nobody can guess, as the service gives one (lib/groups/slug.ts).
      slug: spec.visibility === "HIDDEN" ? unguessableSlug(spec.slug) : spec.slug,
      name: spec.name,
      description: spec.description,
      privacy: spec.privacy,
      visibility: spec.visibility,
    });
    await db.group.update({
      where: { id: group.id },
      data: {
        coverColor: spec.coverColor,
        rules: { create: spec.rules.map((r, position) => ({ ...r, position })) },
        questions: { create: spec.questions.map((q, position) => ({ ...q, position })) },
      },
    });
    const questions = await db.membershipQuestion.findMany({
      where: { groupId: group.id },
      orderBy: { position: "asc" },
    });
    for (const [who, role] of spec.roles) await addMember(db, group, cast[who]!, { role });
    for (const request of spec.pending ?? []) {
      await db.membership.create({
        data: {
          groupId: group.id,
          userId: cast[request.who]!.id,
          status: "PENDING",
          rulesAcceptedAt: new Date(),
          answers: questions.map((q, i) => ({ questionId: q.id, prompt: q.prompt, answer: request.answers[i] ?? "" })),
        },
      });
    }
    for (const p of spec.posts) {
      const post = await createPost(db, group, cast[p.by]!, {
        body: p.body,
        pinned: p.pinned ?? false,
        createdAt: days(p.daysAgo),
      });
      for (const c of p.comments ?? []) {
        const comment = await createComment(db, post, cast[c.by]!, { body: c.body, createdAt: days(p.daysAgo - 0.1) });
        for (const r of c.replies ?? [])
          await createComment(db, post, cast[r.by]!, {
            body: r.body,
            parentId: comment.id,
            createdAt: days(p.daysAgo - 0.2),
          });
      }
      for (const who of p.likes ?? [])
        await react(db, cast[who]!, { postId: post.id }, who === "mei" ? "LOVE" : "LIKE");
    }
  }

  // A moderator's day: one removed post (its author sees the reason) and one open report, with their audit trail.
  const soap = await db.group.findUniqueOrThrow({ where: { slug: "soap-makers-circle" } });
  const spam = await createPost(db, soap, cast.kofi!, {
    body: "Buy my miracle soap course, 90% off today only!!!",
    createdAt: days(1),
  });
  await db.post.update({
    where: { id: spam.id },
    data: {
      status: "REMOVED",
      removedReason: "Advertising isn't allowed here (rule 2).",
      removedById: cast.mei!.id,
      removedAt: days(0.9),
    },
  });
  await db.auditEvent.create({
    data: {
      groupId: soap.id,
      actorId: cast.mei!.id,
      action: "post.remove",
      targetType: "post",
      targetId: spam.id,
      data: { reason: "Advertising isn't allowed here (rule 2)." },
    },
  });
  const doubtful = await createPost(db, soap, cast.ana!, {
    body: "You don't need gloves for lye if you're quick.",
    createdAt: days(0.5),
  });
  await db.report.create({
    data: {
      groupId: soap.id,
      reporterId: cast.lina!.id,
      postId: doubtful.id,
      reason: "Unsafe advice",
      note: "This could burn a beginner.",
    },
  });
}
