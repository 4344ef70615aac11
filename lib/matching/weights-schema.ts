import { z } from "zod";
import { vk } from "@/lib/i18n/zod-messages";
import { WEIGHT_MAX } from "./weights";

// The weights as the API and the board's form send them; apart from ./scoring so that zod stays on the server.

const zWeight = z
  .number({ message: vk("validation.matching.weight") })
  .int(vk("validation.matching.weightWhole"))
  .min(0, vk("validation.matching.weight"))
  .max(WEIGHT_MAX, vk("validation.matching.weight"));
export const ZWeights = z.strictObject(
  { topics: zWeight, text: zWeight, languages: zWeight, timeZone: zWeight, cadence: zWeight, load: zWeight },
  { message: vk("validation.matching.weightsUnreadable") },
);
