import Link from "next/link";
import { ArrowLeft } from "lucide-react";

/** The way back from a program's admin page to the program. */
export function BackToProgram({ href, name }: { href: string; name: string }) {
  return (
    <nav aria-label="Breadcrumb" className="text-sm">
      <Link href={href} className="inline-flex items-center gap-1 text-muted-foreground hover:text-foreground">
        <ArrowLeft aria-hidden className="size-4" />
        {name}
      </Link>
    </nav>
  );
}
