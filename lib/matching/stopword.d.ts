// The `stopword` package ships no types; we read its word lists only (decision 030). Each is a plain array of
// lower-case words.
declare module "stopword" {
  export const eng: readonly string[];
  export const spa: readonly string[];
  export const ara: readonly string[];
}
