import type { _Translator } from "next-intl";
import type { DueWords } from "@/lib/pairings/due";
import type { Messages } from "@/lib/i18n/messages";

/** lib/pairings/due's words from the pair space's catalogue: "(your time)", "for Sam". */
export const dueWords = (t: _Translator<Messages, "pairings">): DueWords => ({
  yourTime: (date) => t("due.yourTime", { date }),
  forName: (date, name) => t("due.forName", { date, name }),
});
