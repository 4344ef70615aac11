/** The stream events chat renders: apart from the renderer so the start-up wiring can name them without a database. */
export const CHAT_STREAM_TYPES = ["message", "message.updated", "thread.read"] as const;
