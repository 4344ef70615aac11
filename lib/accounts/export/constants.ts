/** How long a built archive can be downloaded. */
export const EXPORT_TTL_MS = 7 * 24 * 60 * 60 * 1000;
/** Archives a member may ask for in a day (one at a time). */
export const EXPORTS_PER_DAY = 3;
/** A build that has not finished in this time is taken over by the next run (its worker died). */
export const EXPORT_LEASE_MS = 15 * 60 * 1000;
/** NOTIFY channel that wakes the worker when an archive is asked for. */
export const EXPORT_CHANNEL = "kinship_data_export";

export const exportPagePath = (id: string) => `/settings/privacy/exports/${id}`;
export const exportFilePath = (id: string) => `/api/v1/me/exports/${id}/file`;
