// Staff users, as GET /admin/users answers on Medusa 2.21.2 (checked on a live server): filters
// by id (`id[]=a&id[]=b` or `id=a`), email, names and `q`; `fields` picks columns (unknown ones
// are ignored, `id` always comes); an unknown query key is refused with a 400.
import { http, type HttpHandler } from "msw";
import type { DB } from "../db";
import { pageOf, queryValues, refuseUnknownKeys, type Context } from "./admin";

/** The keys Medusa's list accepts. The date filters and `order` are taken and not applied here. */
const KNOWN = new Set([
  "id",
  "q",
  "email",
  "first_name",
  "last_name",
  "created_at",
  "updated_at",
  "deleted_at",
  "with_deleted",
  "order",
  "fields",
  "limit",
  "offset",
]);
const DEFAULTS = [
  "id",
  "first_name",
  "last_name",
  "email",
  "avatar_url",
  "metadata",
  "created_at",
  "updated_at",
  "deleted_at",
];
// The mock keeps no user timestamps: the seed's own start stands for them.
const CREATED = "2026-10-01T09:00:00.000Z";

type User = DB["users"][number];

function columns(fields: string | null): string[] {
  const tokens = (fields ?? "")
    .split(",")
    .map((t) => t.trim())
    .filter(Boolean);
  const bare = tokens.filter((t) => !/^[*+-]/.test(t));
  const added = tokens.filter((t) => t.startsWith("+")).map((t) => t.slice(1));
  const chosen = [...(bare.length ? bare : DEFAULTS), ...added].filter((c) => DEFAULTS.includes(c));
  return [...new Set(["id", ...chosen])];
}

function userJson({ password: _password, ...user }: User, cols: string[]) {
  const all: Record<string, unknown> = {
    avatar_url: null,
    metadata: null,
    created_at: CREATED,
    updated_at: CREATED,
    deleted_at: null,
    ...user,
  };
  return Object.fromEntries(cols.map((c) => [c, all[c] ?? null]));
}

export function userHandlers({ db, admin }: Context): HttpHandler[] {
  return [
    http.get(
      "*/admin/users",
      admin(({ request }) => {
        const url = new URL(request.url);
        refuseUnknownKeys(url, KNOWN);
        const values = (key: string) => queryValues(url, key);
        const ids = values("id");
        const q = url.searchParams.get("q")?.toLowerCase();
        const exact = (key: "email" | "first_name" | "last_name") => {
          const wanted = values(key);
          return (u: User) => wanted.length === 0 || wanted.includes(u[key] ?? "");
        };
        const users = db().users.filter(
          (u) =>
            (ids.length === 0 || ids.includes(u.id)) &&
            exact("email")(u) &&
            exact("first_name")(u) &&
            exact("last_name")(u) &&
            (!q || [u.email, u.first_name, u.last_name].some((t) => t?.toLowerCase().includes(q))),
        );
        const { limit, offset } = pageOf(url, 50);
        const cols = columns(url.searchParams.get("fields"));
        return {
          users: users.slice(offset, offset + limit).map((u) => userJson(u, cols)),
          count: users.length,
          offset,
          limit,
        };
      }),
    ),
  ];
}
