import { zodResolver } from "@hookform/resolvers/zod";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { useLocation, useSearch } from "wouter";
import * as z from "zod/mini";
import { signIn, signInReason, type SignInReason } from "@/api/auth";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { t } from "@/i18n/i18n";
import { getConfig } from "@/lib/config";

// Built at render: its messages are in the language on screen.
const makeSchema = () =>
  z.object({
    email: z
      .string()
      .check(
        z.trim(),
        z.minLength(1, t("auth.emailRequired")),
        z.regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, t("auth.emailInvalid")),
      ),
    password: z.string().check(z.minLength(1, t("auth.passwordRequired"))),
  });

// The demo fills in its own account: a visitor has no other. A build-time constant, so other
// builds carry no credentials (nor do the messages: the demo's note takes them as values).
const DEFAULTS =
  import.meta.env.MODE === "demo"
    ? { email: "admin@example.com", password: "supersecret" }
    : { email: "", password: "" };

const reasons = (): Record<Exclude<SignInReason, null>, string> => ({
  "session-ended": t("auth.sessionEnded"),
  "signed-out": t("auth.signedOut"),
});

/** Only paths inside this app: a crafted ?next= must not send anyone elsewhere. */
function safeNext(next: string | null) {
  return next && next.startsWith("/") && !next.startsWith("//") ? next : "/orders";
}

export function SignInPage() {
  const [, navigate] = useLocation();
  const params = new URLSearchParams(useSearch());
  const next = safeNext(params.get("next"));
  // Read once: signing in changes what the browser knows, and the words must not change under the button.
  const [reason] = useState(() => signInReason(params.has("next")));
  const client = useQueryClient();
  const [schema] = useState(makeSchema);
  const form = useForm({ resolver: zodResolver(schema), defaultValues: DEFAULTS });
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async ({ email, password }) => {
    try {
      await signIn(email, password);
      await client.invalidateQueries();
      navigate(next, { replace: true });
    } catch (e) {
      form.setError("root", { message: (e as Error).message });
    }
  });

  return (
    <div className="mx-auto mt-12 max-w-sm rounded-lg border border-line bg-surface p-6 shadow-sm">
      {/* The page's own name in the language on screen (index.html's is English). */}
      <title>{t("app.brand")}</title>
      <h1 className="text-xl font-semibold">{t("auth.signInTitle")}</h1>
      {reason && (
        <p role="status" className="mt-3 rounded-md border border-line bg-canvas px-3 py-2 text-sm font-medium">
          {reasons()[reason]}
        </p>
      )}
      <p className="mt-3 text-sm text-muted">{t("auth.useAdminAccount", { url: getConfig().backendUrl })}</p>
      {import.meta.env.MODE === "demo" && (
        <p className="mt-3 rounded-md bg-amber-50 px-3 py-2 text-sm">{t("auth.demoAccount", DEFAULTS)}</p>
      )}
      <form onSubmit={submit} noValidate className="mt-6 space-y-4">
        <Field label={t("auth.email")} error={errors.email?.message}>
          {(ids) => (
            <input {...ids} type="email" autoComplete="username" className={inputClass} {...form.register("email")} />
          )}
        </Field>
        <Field label={t("auth.password")} error={errors.password?.message}>
          {(ids) => (
            <input
              {...ids}
              type="password"
              autoComplete="current-password"
              className={inputClass}
              {...form.register("password")}
            />
          )}
        </Field>
        <FormError message={errors.root?.message} />
        <Button type="submit" variant="primary" busy={isSubmitting} className="w-full">
          {t("auth.signInButton")}
        </Button>
      </form>
    </div>
  );
}
