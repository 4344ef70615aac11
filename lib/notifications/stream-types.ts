/** The stream events notifications render: apart from the renderer so the start-up wiring names them without a database. */
export const NOTIFICATION_STREAM_TYPES = ["notification", "notification.read"] as const;
