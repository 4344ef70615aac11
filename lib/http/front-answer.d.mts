// Types of front-answer.mjs (scripts/serve.mjs's front cache, decision 025).
import type { IncomingMessage, ServerResponse } from "node:http";

export declare const FRONT: "front";
export declare function frontEncoding(acceptEncoding: string | string[] | null | undefined): "identity" | "gzip" | null;
export declare function frontCacheAnswer(req: IncomingMessage, res: ServerResponse, dev?: boolean): boolean;
