import { avatarPhoto } from "@/lib/photos/url";
import type { AuthorDto } from "./dto";

/** What an author row needs for its DTO: the photo's version rides along with the name, so no query per row. */
export const authorSelect = { select: { id: true, name: true, photoVersion: true } } as const;

export function toAuthorDto(u: { id: string; name: string; photoVersion: string | null }): AuthorDto {
  return { id: u.id, name: u.name, photo: avatarPhoto(u) };
}
