import { registerStreamRenderer } from "@/lib/realtime/renderers";
import { chatStreamRenderer } from "@/lib/chat/stream-events";
import { notificationStreamRenderer } from "@/lib/notifications/stream-events";

// The features whose events the stream delivers, registered when the stream's route loads. An event type missing
// here is never sent: add a feature's renderer beside these.
registerStreamRenderer(notificationStreamRenderer);
registerStreamRenderer(chatStreamRenderer);
