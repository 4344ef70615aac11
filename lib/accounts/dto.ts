/** What the UI and the API may see of a user: never the password hash or session version. */
export type ProfileDto = {
  id: string;
  name: string;
  email: string;
  bio: string;
  timeZone: string;
  languages: string[];
  createdAt: string;
};

export const profileSelect = {
  id: true,
  name: true,
  email: true,
  bio: true,
  timeZone: true,
  languages: true,
  createdAt: true,
} as const;

export function toProfileDto(u: {
  id: string;
  name: string;
  email: string;
  bio: string;
  timeZone: string;
  languages: string[];
  createdAt: Date;
}): ProfileDto {
  return {
    id: u.id,
    name: u.name,
    email: u.email,
    bio: u.bio,
    timeZone: u.timeZone,
    languages: u.languages,
    createdAt: u.createdAt.toISOString(),
  };
}
