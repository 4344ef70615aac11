import { createContext, type ReactNode } from "react";

export type DialogProps = {
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
  title: string;
  description?: ReactNode;
  trigger?: ReactNode;
  /** Where focus goes when the dialog closes (e.g. the menu button that opened it). */
  returnFocusTo?: { current: HTMLElement | null };
  onCloseAutoFocus?: (event: Event) => void;
  children: ReactNode;
};

/** Closes the dialog around a DialogClose (provided by the loaded dialog, components/ui/dialog-impl.tsx). */
export const DialogCloseContext = createContext<() => void>(() => {});
