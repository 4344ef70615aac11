import { PageSkeleton } from "@/components/page-skeleton";

/** In a route group, so it does not wrap exports/[id], whose 404 must stay a real 404 status (decision 006). */
export default function Loading() {
  return <PageSkeleton />;
}
