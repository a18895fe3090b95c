// Signing in: a bearer token for email and password, a cookie session traded for it, the user.
import { http, HttpResponse, type HttpHandler } from "msw";
import { newId } from "../db";
import { readBody, type Context } from "./admin";
import { sessionCookie, sessionToken, unauthorized, userOf } from "./session";

const COOKIE_GONE = "connect.sid=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; SameSite=Lax";

export function authHandlers({ backend, db, admin }: Context): HttpHandler[] {
  /** A new token that the store accepts from now on. */
  const issue = (prefix: string) => {
    const token = newId(prefix);
    db().tokens.push(token);
    backend.save();
    return token;
  };

  return [
    http.post("*/auth/user/emailpass", async ({ request }) => {
      const { email, password } = (await readBody(request)) as Record<string, string>;
      const user = db().users.find((u) => u.email === email && u.password === password);
      if (!user)
        return HttpResponse.json({ type: "unauthorized", message: "Invalid email or password" }, { status: 401 });
      return HttpResponse.json({ token: issue("mocktoken") });
    }),
    // Trades the bearer token for a cookie session of its own: ending that session later
    // leaves the token valid, as on the real server.
    http.post("*/auth/session", ({ request }) => {
      const user = userOf(db(), request);
      if (!user) return unauthorized();
      const sid = issue("mocksess");
      const expires = new Date(Date.now() + 10 * 3_600_000).toUTCString();
      return HttpResponse.json(
        {
          user: {
            actor_id: user.id,
            actor_type: "user",
            auth_identity_id: `authid_${user.id.replace(/^user_/, "")}`,
            auth_provider: "emailpass",
            app_metadata: { user_id: user.id },
            user_metadata: {},
          },
        },
        { headers: { "set-cookie": `connect.sid=${sid}; Path=/; Expires=${expires}; HttpOnly; SameSite=Lax` } },
      );
    }),
    // Ends the cookie session when there is one (without a cookie: the bearer token, as before).
    http.delete("*/auth/session", ({ request }) => {
      const token = sessionCookie(request) ?? sessionToken(request);
      db().tokens = db().tokens.filter((t) => t !== token);
      backend.save();
      return HttpResponse.json({ success: true }, { headers: { "set-cookie": COOKIE_GONE } });
    }),
    http.get(
      "*/admin/users/me",
      admin(({ userId }) => {
        const { password: _password, ...user } = db().users.find((u) => u.id === userId)!;
        return { user };
      }),
    ),
  ];
}
