import type { ButtonHTMLAttributes } from "react";
import { cn } from "@/lib/cn";

const variants = {
  primary: "bg-accent text-accent-ink hover:bg-blue-800 border-transparent",
  secondary: "bg-surface text-ink border-line hover:bg-gray-50",
  danger: "bg-danger text-white hover:bg-red-800 border-transparent",
  ghost: "bg-transparent text-ink border-transparent hover:bg-gray-100",
};

type Props = ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: keyof typeof variants;
  size?: "sm" | "md";
  /** While busy the button is disabled and says so to assistive technology. */
  busy?: boolean;
};

export function Button({
  variant = "secondary",
  size = "md",
  busy,
  disabled,
  className,
  children,
  type = "button",
  ...rest
}: Props) {
  return (
    <button
      type={type}
      disabled={disabled || busy}
      aria-busy={busy || undefined}
      className={cn(
        "inline-flex items-center justify-center gap-2 rounded-md border font-medium shadow-sm transition-colors disabled:cursor-not-allowed disabled:opacity-60",
        size === "sm" ? "h-8 px-3 text-sm" : "h-10 px-4 text-sm",
        variants[variant],
        className,
      )}
      {...rest}
    >
      {busy && (
        <span aria-hidden className="size-3.5 animate-spin rounded-full border-2 border-current border-t-transparent" />
      )}
      {children}
    </button>
  );
}
