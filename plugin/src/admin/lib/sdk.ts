// Medusa's JS SDK as its admin uses it: the signed-in session cookie, and the backend the admin
// was built for (__BACKEND_URL__, set by Medusa's admin build; "/" means the admin's own server).
import Medusa from "@medusajs/js-sdk";

export const backendUrl = typeof __BACKEND_URL__ === "string" && __BACKEND_URL__ ? __BACKEND_URL__ : "/";

export const sdk = new Medusa({ baseUrl: backendUrl, auth: { type: "session" } });
