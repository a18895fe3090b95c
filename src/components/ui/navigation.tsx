import { createContext, use, type ReactNode } from "react";
import { useLocation } from "wouter";

type Navigate = (to: string, options?: { replace?: boolean }) => void;

const NavigateContext = createContext<Navigate | null>(null);

/**
 * wouter's useLocation re-renders its caller on every change of address. A component that only
 * navigates (a row menu among a hundred rows) takes navigate from here instead, and stays put
 * when a panel opens over the page.
 */
export function NavigationProvider({ children }: { children: ReactNode }) {
  const [, navigate] = useLocation(); // the same function on every render
  return <NavigateContext value={navigate}>{children}</NavigateContext>;
}

export function useNavigate(): Navigate {
  const navigate = use(NavigateContext);
  if (!navigate) throw new Error("useNavigate is for components inside NavigationProvider");
  return navigate;
}
