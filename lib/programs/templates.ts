/**
 * Program templates: starting points an admin edits (DESIGN.md, "Program templates"). Choosing one pre-fills the
 * program's details, its guided steps and the application questions for both roles. Pure data, shared by the
 * server (creating a program) and the browser (the template picker's preview).
 */
import type { QuestionInput } from "./question-schema";

export const PROGRAM_TEMPLATES = [
  "LEARN_THE_ROPES",
  "SKILL_BUILDING",
  "CAREER_GUIDANCE",
  "PEER_SUPPORT",
  "CUSTOM",
] as const;
export type ProgramTemplate = (typeof PROGRAM_TEMPLATES)[number];

export type StepTemplate = {
  title: string;
  guidance: string;
  prompts: string[];
  dueWeek: number;
  isGoalStep?: boolean;
};

export type TemplateQuestion = QuestionInput;

export type Template = {
  key: ProgramTemplate;
  label: string;
  summary: string;
  name: string;
  description: string;
  audience: string;
  /** Null: open-ended. */
  lengthWeeks: number | null;
  defaultMentorCapacity: number;
  steps: StepTemplate[];
  questions: { MENTOR: TemplateQuestion[]; MENTEE: TemplateQuestion[] };
};

const q = (
  kind: QuestionInput["kind"],
  label: string,
  extra: Partial<Omit<QuestionInput, "kind" | "label">> = {},
): TemplateQuestion => ({
  kind,
  label,
  help: "",
  required: false,
  options: [],
  minLength: null,
  maxLength: null,
  maxChoices: null,
  ...extra,
});

/** Every program asks both roles these; the template adds its own before them. */
const common = {
  topics: q("TOPICS", "Which topics would you like to cover?", {
    help: "Pick from the list or add your own.",
    required: true,
    maxChoices: 5,
  }),
  availability: q("AVAILABILITY", "When and how often can you meet?", { required: true }),
  languages: q("LANGUAGES", "Which languages are you comfortable in?", {
    required: true,
    options: ["English", "Spanish", "French", "German", "Portuguese", "Arabic", "Mandarin"],
    maxChoices: 4,
  }),
};

const mentorQuestions = (experienceLabel: string): TemplateQuestion[] => [
  q("LONG_TEXT", experienceLabel, { required: true, minLength: 20, maxLength: 2000 }),
  common.topics,
  common.availability,
  common.languages,
];

const menteeQuestions = (goalLabel: string): TemplateQuestion[] => [
  q("LONG_TEXT", goalLabel, { required: true, minLength: 20, maxLength: 2000 }),
  common.topics,
  common.availability,
  common.languages,
];

const step = (
  title: string,
  dueWeek: number,
  guidance: string,
  prompts: string[],
  isGoalStep = false,
): StepTemplate => ({
  title,
  dueWeek,
  guidance,
  prompts,
  ...(isGoalStep ? { isGoalStep } : {}),
});

export const TEMPLATES: Record<ProgramTemplate, Template> = {
  LEARN_THE_ROPES: {
    key: "LEARN_THE_ROPES",
    label: "Learn the ropes",
    summary: "Four weeks for newcomers to find their feet, with someone who knows the way.",
    name: "Learn the ropes",
    description:
      "New to the group? Get paired with someone who has been around for a while. Over four weeks you'll get to know each other, learn how the group works and make your first contribution together.",
    audience: "Newcomers who joined in the last few months, and members happy to show them around.",
    lengthWeeks: 4,
    defaultMentorCapacity: 2,
    steps: [
      step("Meet each other", 1, "Say hello, share why you joined and agree how you'll keep in touch.", [
        "What brought you to this group?",
        "How do you like to keep in touch, and how often?",
      ]),
      step(
        "How this group works",
        2,
        "Walk through the group's rules, habits and the people worth knowing.",
        ["What surprised you about how the group works?", "Who should you meet next?"],
        true,
      ),
      step("Your first contribution", 3, "Pick something small to share, ask or make, and do it together.", [
        "What would you like to contribute first?",
        "What could get in the way, and how will you handle it?",
      ]),
      step("Look back, look ahead", 4, "Talk about what changed and what comes next.", [
        "What are you proudest of from these weeks?",
        "What will you do next on your own?",
      ]),
    ],
    questions: {
      MENTOR: mentorQuestions("How long have you been part of the group, and what do you enjoy about it?"),
      MENTEE: menteeQuestions("What would you like help with as you find your feet?"),
    },
  },
  SKILL_BUILDING: {
    key: "SKILL_BUILDING",
    label: "Skill building",
    summary: "Six weeks from a goal to something you made, with feedback along the way.",
    name: "Skill building",
    description:
      "Pick a skill, set a goal and work towards it with a mentor who has been there. Six weeks, one step at a time, ending with something to show.",
    audience: "Members who want to get better at one specific thing, and members who can teach it.",
    lengthWeeks: 6,
    defaultMentorCapacity: 2,
    steps: [
      step(
        "Set a goal",
        1,
        "Agree on one goal you can reach in six weeks.",
        ["What would you like to be able to do in six weeks?", "How will you know you got there?"],
        true,
      ),
      step("Make a plan", 2, "Break the goal into small pieces and put them in order.", [
        "What are the first three things to practise?",
        "How much time can you give each week?",
      ]),
      step("Practice", 3, "Try it, get stuck, try again. Share what happened.", [
        "What went better than expected?",
        "Where did you get stuck?",
      ]),
      step("Get feedback", 4, "Show work in progress and talk it through honestly and kindly.", [
        "What feedback would help most right now?",
        "What will you change after hearing it?",
      ]),
      step("Show your work", 5, "Share what you made, with the pair or with the group.", [
        "What are you showing, and what are you proud of in it?",
      ]),
      step("Reflect", 6, "Look back at the goal and decide what's next.", [
        "Did you reach the goal? What helped most?",
        "What would you like to learn next?",
      ]),
    ],
    questions: {
      MENTOR: mentorQuestions("Which skills can you teach, and how did you learn them?"),
      MENTEE: menteeQuestions("Which skill would you like to build, and where are you with it today?"),
    },
  },
  CAREER_GUIDANCE: {
    key: "CAREER_GUIDANCE",
    label: "Career guidance",
    summary: "Eight weeks from where you are to your next step at work or in study.",
    name: "Career guidance",
    description:
      "Talk through your next step at work or in study with someone a little further down the road: your story, your strengths, your network, applications and interviews.",
    audience: "Members thinking about their next job, course or career change, and members who can guide them.",
    lengthWeeks: 8,
    defaultMentorCapacity: 1,
    steps: [
      step("Meet", 1, "Get to know each other and agree how you'll work together.", [
        "What would make these eight weeks worth it?",
      ]),
      step(
        "Where you are and where you want to be",
        2,
        "Describe today and the next step you want.",
        ["Where are you today?", "Where would you like to be in a year?"],
        true,
      ),
      step("Strengths", 3, "Find what you're good at and what others come to you for.", [
        "What do people thank you for?",
        "Which strengths do you want to use more?",
      ]),
      step("Your story", 4, "Put your experience into a story you can tell in two minutes.", [
        "How would you introduce yourself to someone in the field?",
      ]),
      step("Networking", 5, "Find people to talk to and practise reaching out.", [
        "Who are three people you could talk to?",
      ]),
      step("Applications", 6, "Work on a CV, cover letter or application together.", [
        "Which application matters most right now?",
      ]),
      step("Interviews", 7, "Practise answers and questions to ask.", [
        "Which question do you dread, and how would you answer it?",
      ]),
      step("Next steps", 8, "Agree what you'll do after the program ends.", [
        "What will you do in the next month?",
        "How will you keep going?",
      ]),
    ],
    questions: {
      MENTOR: mentorQuestions("What is your work or study background, and which paths can you speak to?"),
      MENTEE: menteeQuestions("Where are you in your work or study, and what next step are you thinking about?"),
    },
  },
  PEER_SUPPORT: {
    key: "PEER_SUPPORT",
    label: "Peer support",
    summary: "Open-ended, gentle support between people who have been through the same thing.",
    name: "Peer support",
    description:
      "Be paired with someone who understands because they have lived it too. No deadline: agree how you'll talk, check in gently every fortnight, and share what helps.",
    audience: "Members who would like someone to talk to, and members ready to listen.",
    lengthWeeks: null,
    defaultMentorCapacity: 2,
    steps: [
      step("Meet and agree how you'll talk", 1, "Agree how and when you'll talk, and what is off limits.", [
        "What would you like from these conversations?",
        "Is there anything you'd rather not talk about?",
      ]),
      step("Regular gentle check-ins", 3, "Check in every fortnight: how are things, really?", [
        "How have the last two weeks been?",
        "What helped, even a little?",
      ]),
      step("Resources and boundaries", 5, "Share what helps and agree what to do when things get hard.", [
        "Which resources or people help you?",
        "What should we do if one of us needs a break?",
      ]),
    ],
    questions: {
      MENTOR: mentorQuestions("What have you lived through that you could help others with?"),
      MENTEE: menteeQuestions("What would you like support with? Share only what you're comfortable with."),
    },
  },
  CUSTOM: {
    key: "CUSTOM",
    label: "Custom",
    summary: "Start from a blank page and write every step yourself.",
    name: "",
    description: "",
    audience: "",
    lengthWeeks: 6,
    defaultMentorCapacity: 2,
    steps: [],
    questions: {
      MENTOR: [
        q("LONG_TEXT", "Tell us about your experience.", { required: true, maxLength: 2000 }),
        common.availability,
      ],
      MENTEE: [
        q("LONG_TEXT", "What would you like to get out of this?", { required: true, maxLength: 2000 }),
        common.availability,
      ],
    },
  },
};

export const TEMPLATE_LIST: Template[] = PROGRAM_TEMPLATES.map((key) => TEMPLATES[key]);
