import { forwardRef, type InputHTMLAttributes } from "react";
import { cn } from "@/lib/cn";
import { inputClass } from "./field";

type Props = InputHTMLAttributes<HTMLInputElement> & { currency: string };

/** A text field for money: text, not type=number, so "12,50" and pasted "$1,234.56" survive as typed. */
export const AmountInput = forwardRef<HTMLInputElement, Props>(function AmountInput(
  { currency, className, ...rest },
  ref,
) {
  return (
    <div className="relative">
      <input
        ref={ref}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        className={cn(inputClass, "pe-14 tabular-nums", className)}
        {...rest}
      />
      <span
        aria-hidden
        className="pointer-events-none absolute inset-y-0 end-3 flex items-center text-xs font-medium text-muted"
      >
        {currency.toUpperCase()}
      </span>
    </div>
  );
});
