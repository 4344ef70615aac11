/**
 * The demo programs, as data: which groups run mentorship, their programs in every state, and applications of
 * both roles in every state. People are the cast keys of seed.ts; `daysAgo` places each event on a timeline.
 * seed-programs.ts turns this into rows and refuses anything that breaks an invariant.
 */
import type { ApplicationState, ParticipantRole, ProgramState } from "../../lib/db/generated/enums";
import type { Cadence } from "../../lib/programs/question-schema";
import type { ProgramTemplate } from "../../lib/programs/templates";
import { COHORT_PROGRAM } from "./seed-matching";

/** Groups whose admins switched mentorship on; the others (a hidden circle, a running club) keep it off. */
export const MENTORSHIP_GROUPS = ["soap-makers-circle", "first-gen-college", "career-switchers", "parents-together"];

/** Members who asked to be told when a program of the group opens. */
export const WATCHES: [group: string, who: string][] = [
  ["soap-makers-circle", "ruth"],
  ["soap-makers-circle", "kofi"],
  ["career-switchers", "sam"],
];

export type ApplicationSpec = {
  who: string;
  role: ParticipantRole;
  state: ApplicationState;
  daysAgo: number;
  /** The answer to the role's text question; drafts may leave it out. */
  story?: string;
  topics: string[];
  /** Left out by drafts that have not got that far. */
  cadence?: Cadence;
  capacity?: number;
  message?: string;
  /** Who decided, when not the program's creator (nobody decides on their own application). */
  decidedBy?: string;
};

export type PairingSpec = { mentor: string; mentee: string; introduction: string };

export type ProgramSpec = {
  group: string;
  template: ProgramTemplate;
  name: string;
  description?: string;
  state: ProgramState;
  acceptWhileRunning?: boolean;
  archived?: boolean;
  topics: string[];
  createdBy: string;
  /** Days ago the program was created, opened, started, closed and archived, as far as its state goes. */
  timeline: number[];
  applications: ApplicationSpec[];
  /** ACTIVE in a running program, COMPLETED (by closing) in a closed one. */
  pairings: PairingSpec[];
};

export const PROGRAMS: ProgramSpec[] = [
  {
    group: "soap-makers-circle",
    template: "LEARN_THE_ROPES",
    name: "Soap school: learn the ropes",
    state: "RUNNING",
    acceptWhileRunning: true,
    topics: ["Lye safety", "Cold process", "Melt and pour", "Fragrance", "Colour", "Selling at markets"],
    createdBy: "amara",
    timeline: [30, 28, 12],
    applications: [
      {
        who: "diego",
        role: "MENTOR",
        state: "MATCHED",
        daysAgo: 26,
        capacity: 3,
        cadence: "WEEKLY",
        topics: ["Lye safety", "Cold process", "Selling at markets"],
        story:
          "Twelve years of cold-process soap, and I still remember my first seized batch. I enjoy showing newcomers that lye is manageable with the right habits.",
      },
      {
        who: "mei",
        role: "MENTOR",
        state: "APPROVED",
        daysAgo: 25,
        capacity: 2,
        cadence: "FORTNIGHTLY",
        topics: ["Colour", "Melt and pour"],
        story:
          "I joined three years ago for the natural colourants thread and stayed for the people. Happy to show someone around.",
      },
      {
        who: "lina",
        role: "MENTEE",
        state: "MATCHED",
        daysAgo: 24,
        cadence: "WEEKLY",
        topics: ["Lye safety", "Cold process"],
        story:
          "I made two melt-and-pour bars with my flatmate and want to understand cold process before I try lye on my own.",
      },
      {
        who: "ruth",
        role: "MENTEE",
        state: "MATCHED",
        daysAgo: 22,
        cadence: "FORTNIGHTLY",
        topics: ["Selling at markets", "Fragrance"],
        story: "I've soaped on and off for years but never sold a bar. I'd like to find my feet here, then a stall.",
      },
      {
        who: "sam",
        role: "MENTEE",
        state: "APPROVED",
        daysAgo: 20,
        cadence: "WEEKLY",
        topics: ["Melt and pour", "Lye safety", "Cold process"],
        story:
          "Starting out with melt-and-pour and curious about lye. My first cold-process batch went crumbly and I'd like to know why.",
        message: "Welcome! We'll match you as soon as a mentor has room.",
      },
      {
        who: "ana",
        role: "MENTEE",
        state: "WAITLISTED",
        daysAgo: 18,
        cadence: "MONTHLY",
        topics: ["Fragrance", "Essential oil safety"],
        story: "I'd like to learn to scent soap with essential oils; I know the skin-safety side from nursing.",
        message: "Every mentor is full right now; you're first in line.",
      },
      {
        who: "kofi",
        role: "MENTEE",
        state: "PENDING",
        daysAgo: 2,
        cadence: "FLEXIBLE",
        topics: ["Cold process", "Selling at markets"],
        story:
          "After my advert was removed I read the rules properly. I'd like to learn the craft before I ever sell anything.",
      },
    ],
    pairings: [
      {
        mentor: "diego",
        mentee: "lina",
        introduction:
          "Lina, meet Diego: twelve years of cold process and very patient about lye. Diego, Lina has made melt-and-pour and wants to try cold process safely. Start with the safety guide together!",
      },
      {
        mentor: "diego",
        mentee: "ruth",
        introduction:
          "Ruth, meet Diego, who sells at two local markets. Ruth has been soaping for years and wants to take the step to a stall. Say hello and agree when you'll talk.",
      },
    ],
  },
  {
    group: "soap-makers-circle",
    template: "SKILL_BUILDING",
    name: "Cold process in six weeks",
    state: "OPEN",
    topics: ["Cold process", "Hot process", "Recipe design", "Lye calculation", "Swirls and colour", "Curing"],
    createdBy: "diego",
    timeline: [9, 7],
    applications: [
      {
        who: "mei",
        role: "MENTOR",
        state: "PENDING",
        daysAgo: 3,
        capacity: 2,
        cadence: "FORTNIGHTLY",
        topics: ["Swirls and colour", "Recipe design"],
        story:
          "I learned swirls and natural colour through a lot of ugly bars. I can teach recipe design with a lye calculator and how to plan a swirl.",
      },
      {
        who: "diego",
        role: "MENTOR",
        state: "APPROVED",
        daysAgo: 6,
        capacity: 2,
        cadence: "WEEKLY",
        topics: ["Lye calculation", "Hot process", "Curing"],
        story:
          "Cold and hot process for twelve years, first from my grandmother and then from many failed batches. I teach lye calculation and curing.",
        decidedBy: "amara",
      },
      {
        who: "kofi",
        role: "MENTOR",
        state: "DECLINED",
        daysAgo: 5,
        capacity: 6,
        cadence: "FLEXIBLE",
        topics: ["Selling soap courses"],
        story: "I have a soap course that covers everything and can take many students at once.",
        message: "We're looking for mentors with a few seasons of batches behind them. Do apply as a mentee!",
      },
      {
        who: "sam",
        role: "MENTEE",
        state: "PENDING",
        daysAgo: 1,
        cadence: "WEEKLY",
        topics: ["Lye calculation", "Recipe design"],
        story: "I want a cold-process bar that doesn't crumble: I can follow a recipe today but can't fix one.",
      },
      {
        who: "lina",
        role: "MENTEE",
        state: "PENDING",
        daysAgo: 0.5,
        cadence: "FORTNIGHTLY",
        topics: ["Cold process", "Curing", "Unscented soap"],
        story: "I'd like to make a simple unscented bar for sensitive skin, from the recipe to a fully cured bar.",
      },
      { who: "ruth", role: "MENTEE", state: "DRAFT", daysAgo: 2, topics: ["Swirls and colour"] },
      {
        who: "ana",
        role: "MENTEE",
        state: "WITHDRAWN",
        daysAgo: 5,
        cadence: "MONTHLY",
        topics: ["Hot process"],
        story: "I'd like to try hot process for a faster cure, between night shifts.",
      },
    ],
    pairings: [],
  },
  {
    group: "soap-makers-circle",
    template: "SKILL_BUILDING",
    name: "Selling at markets",
    description:
      "From your first stall to a small online shop: pricing, labels that follow the rules, and photos that sell. Six weeks with someone who has done it.",
    state: "DRAFT",
    topics: ["Pricing", "Labels and regulations", "Market stalls", "Online shops", "Product photography"],
    createdBy: "amara",
    timeline: [1],
    applications: [],
    pairings: [],
  },
  {
    group: "soap-makers-circle",
    template: "LEARN_THE_ROPES",
    name: "Newcomers, spring 2026",
    state: "CLOSED",
    archived: true,
    topics: ["Lye safety", "Cold process", "Melt and pour", "Fragrance"],
    createdBy: "amara",
    timeline: [200, 195, 180, 150, 140],
    applications: [
      {
        who: "mei",
        role: "MENTOR",
        state: "MATCHED",
        daysAgo: 192,
        capacity: 1,
        cadence: "WEEKLY",
        topics: ["Lye safety", "Melt and pour"],
        story: "A year in, and I love helping people past their fear of lye. One newcomer at a time suits me.",
      },
      {
        who: "ana",
        role: "MENTEE",
        state: "MATCHED",
        daysAgo: 190,
        cadence: "WEEKLY",
        topics: ["Melt and pour", "Fragrance"],
        story: "New to soap and to the group. I'd like someone to show me where to start and how things work here.",
      },
      {
        who: "kofi",
        role: "MENTEE",
        state: "WITHDRAWN",
        daysAgo: 189,
        cadence: "MONTHLY",
        topics: ["Cold process"],
        story: "I want to learn the basics, though this spring may be too busy for me.",
      },
    ],
    pairings: [
      {
        mentor: "mei",
        mentee: "ana",
        introduction: "Ana, meet Mei, our melt-and-pour and colour expert. Have fun, and share photos of every batch!",
      },
    ],
  },
  {
    group: "first-gen-college",
    template: "CAREER_GUIDANCE",
    name: "Grad school and first jobs",
    state: "OPEN",
    topics: [
      "Financial aid",
      "Choosing a major",
      "Internships",
      "Grad school applications",
      "First job search",
      "Imposter feelings",
    ],
    createdBy: "mei",
    timeline: [14, 12],
    applications: [
      {
        who: "jo",
        role: "MENTOR",
        state: "PENDING",
        daysAgo: 2,
        capacity: 2,
        cadence: "FORTNIGHTLY",
        topics: ["Grad school applications", "Financial aid"],
        story:
          "First in my family to finish a degree, then a master's in social work. I can talk about funding, applications and the first job after.",
      },
      {
        who: "kofi",
        role: "MENTOR",
        state: "WAITLISTED",
        daysAgo: 10,
        capacity: 1,
        cadence: "MONTHLY",
        topics: ["First job search", "Imposter feelings"],
        story:
          "Fifteen years in banking, then I retrained as a teacher at 41, so I can speak to finance careers and to changing course.",
        message: "More mentors than mentees so far; we'll come back to you.",
      },
      { who: "mei", role: "MENTOR", state: "DRAFT", daysAgo: 4, capacity: 1, topics: ["Financial aid"] },
      {
        who: "lina",
        role: "MENTEE",
        state: "APPROVED",
        daysAgo: 8,
        cadence: "FORTNIGHTLY",
        topics: ["Choosing a major", "Internships"],
        story:
          "I'm in my first year of biology and can't decide between research and medicine. I'd like to know what each path asks of me.",
      },
    ],
    pairings: [],
  },
  {
    group: "first-gen-college",
    template: "LEARN_THE_ROPES",
    name: "First-year buddies, autumn",
    state: "CLOSED",
    topics: ["Office hours", "Study habits", "Financial aid", "Finding your people", "Homesickness"],
    createdBy: "amara",
    timeline: [120, 115, 100, 60],
    applications: [
      {
        who: "jo",
        role: "MENTOR",
        state: "MATCHED",
        daysAgo: 112,
        capacity: 1,
        cadence: "WEEKLY",
        topics: ["Office hours", "Finding your people"],
        story: "I remember my first term as a blur of forms and loneliness. I'd like to make someone's easier.",
      },
      {
        who: "mei",
        role: "MENTOR",
        state: "WITHDRAWN",
        daysAgo: 111,
        capacity: 2,
        cadence: "FORTNIGHTLY",
        topics: ["Study habits"],
        story: "I'd love to help first-years find their way around office hours and campus life.",
      },
      {
        who: "lina",
        role: "MENTEE",
        state: "MATCHED",
        daysAgo: 110,
        cadence: "WEEKLY",
        topics: ["Office hours", "Homesickness"],
        story: "I just moved to Berlin for university and nobody at home knows how any of this works.",
      },
      {
        who: "kofi",
        role: "MENTEE",
        state: "DECLINED",
        daysAgo: 108,
        cadence: "MONTHLY",
        topics: ["Study habits"],
        story: "I'm studying for my teaching qualification and would like a study buddy.",
        message: "This round is for students in their first year; the career program may suit you better.",
      },
    ],
    pairings: [
      {
        mentor: "jo",
        mentee: "lina",
        introduction:
          "Lina, meet Jo, who survived a first year much like yours. Jo, Lina has just moved for university. Start with office hours!",
      },
    ],
  },
  {
    group: "career-switchers",
    template: "CAREER_GUIDANCE",
    name: "Switch in eight weeks",
    state: "RUNNING",
    topics: [
      "CV and cover letter",
      "Informational interviews",
      "Bootcamps vs self-study",
      "Networking",
      "Salary negotiation",
      "Telling your story",
    ],
    createdBy: "kofi",
    timeline: [40, 38, 20],
    applications: [
      {
        who: "ana",
        role: "MENTOR",
        state: "MATCHED",
        daysAgo: 36,
        capacity: 1,
        cadence: "WEEKLY",
        topics: ["Bootcamps vs self-study", "Telling your story"],
        story:
          "Twelve years as a nurse, then a UX research bootcamp and my first research job at 38. I can speak to bootcamps, self-study and telling your story.",
      },
      {
        who: "mei",
        role: "MENTOR",
        state: "MATCHED",
        daysAgo: 35,
        capacity: 2,
        cadence: "FORTNIGHTLY",
        topics: ["CV and cover letter", "Informational interviews"],
        story: "I counsel students on careers for a living, and I changed fields myself, from lab work to counselling.",
      },
      {
        who: "sam",
        role: "MENTEE",
        state: "MATCHED",
        daysAgo: 33,
        cadence: "WEEKLY",
        topics: ["Bootcamps vs self-study", "Networking"],
        story: "I manage a shop and want to move into software. I need help choosing between a bootcamp and a degree.",
      },
      {
        who: "diego",
        role: "MENTEE",
        state: "MATCHED",
        daysAgo: 30,
        cadence: "FORTNIGHTLY",
        topics: ["CV and cover letter", "Telling your story"],
        story:
          "After years of soap as a side business I'd like to move into product work. Cover letters scare me: how do I explain the change?",
      },
    ],
    pairings: [
      {
        mentor: "ana",
        mentee: "sam",
        introduction:
          "Sam, meet Ana: she went from nursing to UX research through a bootcamp. Sam is weighing a bootcamp against a degree. Over to you!",
      },
      {
        mentor: "mei",
        mentee: "diego",
        introduction:
          "Diego, meet Mei, a careers counsellor who changed fields herself. Diego wants to tell his career change without apologising for it.",
      },
    ],
  },
  {
    group: "parents-together",
    template: "PEER_SUPPORT",
    name: "Parent to parent",
    state: "OPEN",
    topics: ["Coming out", "Talking with family", "School and bullying", "Healthcare", "Looking after yourself"],
    createdBy: "ruth",
    timeline: [6, 5],
    applications: [
      {
        who: "diego",
        role: "MENTOR",
        state: "PENDING",
        daysAgo: 3,
        capacity: 2,
        cadence: "FORTNIGHTLY",
        topics: ["Coming out", "Talking with family"],
        story:
          "My son came out at fifteen, five years ago. I said some wrong things at first and learned a lot since. I'd like to listen to parents at the start.",
      },
      {
        who: "amara",
        role: "MENTEE",
        state: "PENDING",
        daysAgo: 1,
        cadence: "FORTNIGHTLY",
        topics: ["Talking with family", "Looking after yourself"],
        story:
          "My teenager told me last month that they are non-binary. I'm with them all the way, but unsure how to talk with the wider family.",
      },
    ],
    pairings: [],
  },
  // 30 approved mentees and 12 mentors waiting to be matched (seed-matching.ts).
  COHORT_PROGRAM,
];
