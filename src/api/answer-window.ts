// How long an unclear money move is checked before the screen says it cannot tell (with the
// plugin) or that nothing moved (without it: Medusa keeps no record of a request that failed, so
// an order read this long after shows what the request did). Its own module so tests can shorten it.
export const ANSWER_WINDOW_MS = 20_000;
