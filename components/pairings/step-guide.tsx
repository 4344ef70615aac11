import { MessageCircle } from "lucide-react";

/** What the pair does in a step, and what they might talk about. */
export function StepGuide({ guidance, prompts }: { guidance: string; prompts: string[] }) {
  if (!guidance && prompts.length === 0) return null;
  return (
    <div className="space-y-2">
      {guidance ? <p className="whitespace-pre-line text-sm">{guidance}</p> : null}
      {prompts.length ? (
        <div className="rounded-md bg-muted px-3 py-2 text-sm">
          <p className="flex items-center gap-1.5 font-medium">
            <MessageCircle aria-hidden className="size-4" />
            Talk about
          </p>
          <ul className="mt-1 list-disc space-y-0.5 pl-5 text-muted-foreground">
            {prompts.map((prompt, i) => (
              <li key={i}>{prompt}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
