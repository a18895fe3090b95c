// A note's length as a person counts it: "👍🏽" or "é" written as e + accent is one character,
// though JavaScript's .length says 4 or 2. The counter under the note and its limit agree on this.
const segmenter =
  typeof Intl !== "undefined" && typeof Intl.Segmenter === "function"
    ? new Intl.Segmenter(undefined, { granularity: "grapheme" })
    : undefined;

export function noteLength(text: string): number {
  // Without Segmenter (older browsers), code points: an emoji then counts once, a family of them a few times.
  if (!segmenter) return Array.from(text).length;
  let count = 0;
  for (const _ of segmenter.segment(text)) count++;
  return count;
}
