import * as z from "zod/mini";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ApiError, request, sessionStarted, setUnauthorizedHandler } from "./api-client";
import { setConfig } from "./config";

const unauthorized = vi.fn();
let answer: (res: Response) => void = () => {};
const refused = () => new Response(JSON.stringify({ message: "Unauthorized" }), { status: 401 });

beforeEach(() => {
  setConfig({ backendUrl: "http://medusa.test" });
  setUnauthorizedHandler(unauthorized);
  unauthorized.mockClear();
  // Each request waits for the test to answer it.
  vi.stubGlobal(
    "fetch",
    vi.fn(() => new Promise<Response>((resolve) => (answer = resolve))),
  );
});
afterEach(() => {
  vi.unstubAllGlobals();
  setUnauthorizedHandler(undefined);
});

const read = () => request("/admin/refund-reasons", { schema: z.unknown() });

describe("a 401", () => {
  it("sends the merchant to sign in", async () => {
    const pending = read();
    answer(refused());
    await expect(pending).rejects.toBeInstanceOf(ApiError);
    expect(unauthorized).toHaveBeenCalledWith("/admin/refund-reasons");
  });

  it("to a request sent before the latest sign-in fails that request only", async () => {
    const pending = read(); // left while signed out
    sessionStarted();
    answer(refused());
    await expect(pending).rejects.toMatchObject({ status: 401 });
    expect(unauthorized).not.toHaveBeenCalled();

    const after = read();
    answer(refused());
    await expect(after).rejects.toMatchObject({ status: 401 });
    expect(unauthorized).toHaveBeenCalledTimes(1);
  });
});
