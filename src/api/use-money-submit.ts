import { useRef, useState } from "react";
import { isRefusal } from "@/lib/api-client";
import { newIdempotencyKey } from "@/lib/idempotency";

/**
 * The submit of a dialog that moves money: one request at a time (a double click or a second
 * Enter is dropped), one idempotency key for the dialog, a fresh key after the server refused
 * (a corrected retry is a new request). Resolves to the error message, or null.
 */
export function useMoneySubmit() {
  const [key, setKey] = useState(newIdempotencyKey);
  const sending = useRef(false);
  return async function submit(send: (idempotencyKey: string) => Promise<void>): Promise<string | null> {
    if (sending.current) return null;
    sending.current = true;
    try {
      await send(key);
      return null;
    } catch (e) {
      if (isRefusal(e)) setKey(newIdempotencyKey());
      return (e as Error).message;
    } finally {
      sending.current = false;
    }
  };
}
