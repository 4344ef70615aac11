-- Issue 19, item 3: hard rules per program (decision 031). Shared language is on by default, for the programs that
-- exist as for new ones; no time limit and no required topics until the admin sets them. Additive.
ALTER TABLE "Program" ADD COLUMN "matchingRules" JSONB NOT NULL DEFAULT '{"sharedLanguage": true}';
