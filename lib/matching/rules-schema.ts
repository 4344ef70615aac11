import { z } from "zod";
import { vk } from "@/lib/i18n/zod-messages";
import { MAX_HOURS_APART, REQUIRED_TOPICS_MAX } from "./rules";

// The hard rules as the API and the program's settings send them; apart from ./rules so that zod stays on the server.

export const ZMatchingRules = z.strictObject(
  {
    sharedLanguage: z.boolean({ message: vk("validation.matching.rules.sharedLanguage") }),
    maxHoursApart: z
      .number({ message: vk("validation.matching.rules.maxHoursApart") })
      .int(vk("validation.matching.rules.maxHoursApart"))
      .min(0, vk("validation.matching.rules.maxHoursApart"))
      .max(MAX_HOURS_APART, vk("validation.matching.rules.maxHoursApart"))
      .nullable(),
    requiredTopics: z
      .array(
        z
          .string({ message: vk("validation.matching.rules.topic") })
          .trim()
          .min(1, vk("validation.matching.rules.topic"))
          .max(40, vk("validation.matching.rules.topic")),
        { message: vk("validation.matching.rules.topics") },
      )
      .max(REQUIRED_TOPICS_MAX, vk("validation.matching.rules.tooManyTopics"))
      // Once each, whatever the case: the rule compares topics as the scoring does.
      .transform((topics) =>
        topics.filter((t, i) => topics.findIndex((u) => u.toLowerCase() === t.toLowerCase()) === i),
      ),
  },
  { message: vk("validation.matching.rules.unreadable") },
);
