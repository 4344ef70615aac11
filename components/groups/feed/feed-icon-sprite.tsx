import type { ComponentType, SVGProps } from "react";
import { MessageCircle, MoreHorizontal, SmilePlus } from "lucide-react";
import { feedIconId, type FeedIconName } from "./feed-icon";

const DRAWINGS: Record<FeedIconName, ComponentType<SVGProps<SVGSVGElement>>> = {
  more: MoreHorizontal,
  react: SmilePlus,
  comments: MessageCircle,
};

/**
 * The feed's icons, drawn once per page for FeedIcon to reference. Out of the layout (no size, no display:none,
 * which would keep some browsers from painting the references); the drawings keep stroke="currentColor", so each
 * reference takes its own text colour, in either theme and in forced colours.
 */
export function FeedIconSprite() {
  return (
    <svg aria-hidden="true" width="0" height="0" className="pointer-events-none absolute size-0 overflow-hidden">
      <defs>
        {(Object.keys(DRAWINGS) as FeedIconName[]).map((name) => {
          const Drawing = DRAWINGS[name];
          return (
            <symbol key={name} id={feedIconId(name)} viewBox="0 0 24 24">
              <Drawing />
            </symbol>
          );
        })}
      </defs>
    </svg>
  );
}
