import type { ComponentProps } from "react";
import { cn } from "@/lib/utils/cn";
import { photoUrl, type AvatarPhoto, type PhotoSize } from "@/lib/photos/url";

// 100/900 pairs keep text contrast well above 7:1 in both themes.
const palette = [
  "bg-indigo-100 text-indigo-900 dark:bg-indigo-900 dark:text-indigo-100",
  "bg-violet-100 text-violet-900 dark:bg-violet-900 dark:text-violet-100",
  "bg-sky-100 text-sky-900 dark:bg-sky-900 dark:text-sky-100",
  "bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100",
  "bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-100",
  "bg-rose-100 text-rose-900 dark:bg-rose-900 dark:text-rose-100",
  "bg-teal-100 text-teal-900 dark:bg-teal-900 dark:text-teal-100",
  "bg-fuchsia-100 text-fuchsia-900 dark:bg-fuchsia-900 dark:text-fuchsia-100",
] as const;

const sizes = {
  sm: "size-8 text-xs",
  md: "size-10 text-sm",
  lg: "size-14 text-lg",
} as const;

// The stored variant for a normal screen and for a sharp (2x) one.
const variants: Record<keyof typeof sizes, [PhotoSize, PhotoSize]> = { sm: [64, 64], md: [64, 160], lg: [160, 320] };

export function getInitials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return "?";
  const first = Array.from(words[0] ?? "")[0] ?? "";
  const last = words.length > 1 ? (Array.from(words[words.length - 1] ?? "")[0] ?? "") : "";
  return (first + last).toLocaleUpperCase();
}

function hash(value: string): number {
  let h = 0;
  for (let i = 0; i < value.length; i++) h = (h * 31 + value.charCodeAt(i)) | 0;
  return Math.abs(h);
}

export type AvatarProps = Omit<ComponentProps<"span">, "children"> & {
  name: string;
  size?: keyof typeof sizes;
  /** The person's profile photo; without one (or while it loads, or if it fails), their initials. */
  photo?: AvatarPhoto | null | undefined;
};

// aria-hidden: callers always render the person's name next to it.
export function Avatar({ name, size = "md", photo, className, ...props }: AvatarProps) {
  const colour = palette[hash(name.trim().toLowerCase()) % palette.length];
  const [x1, x2] = variants[size];
  return (
    <span
      aria-hidden="true"
      data-photo={photo ? "" : undefined}
      className={cn(
        "relative inline-flex shrink-0 select-none items-center justify-center overflow-hidden rounded-full font-semibold",
        sizes[size],
        colour,
        className,
      )}
      {...props}
    >
      {getInitials(name)}
      {photo ? (
        // A plain img over the initials: the route already serves sized, cached variants (no optimiser needed),
        // and an image that fails to load (alt="") shows nothing, so the initials beneath show through.
        // eslint-disable-next-line @next/next/no-img-element
        <img
          src={photoUrl(photo, x1)}
          srcSet={x1 === x2 ? undefined : `${photoUrl(photo, x1)} 1x, ${photoUrl(photo, x2)} 2x`}
          alt=""
          loading="lazy"
          decoding="async"
          className="absolute inset-0 size-full object-cover"
        />
      ) : null}
    </span>
  );
}
