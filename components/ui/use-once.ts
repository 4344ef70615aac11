import { useState } from "react";

/**
 * True from the first render in which `value` is true, and from then on. For code loaded on demand (issue 18): a
 * dialog's module is imported when it is first opened, then stays mounted so that it can close (and reopen) as usual.
 */
export function useOnce(value: boolean): boolean {
  const [seen, setSeen] = useState(value);
  if (value && !seen) setSeen(true);
  return seen || value;
}
