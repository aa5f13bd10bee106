/** A run of a text, and the rules whose matches cover it (empty: not highlighted). */
export interface HighlightSegment<R extends string = string> {
  text: string;
  start: number;
  ruleIds: R[];
}

/**
 * Cuts a text into runs for display, each with the rules of the matches covering it, so a UI
 * can mark every matched phrase once even where matches overlap. Matches without offsets
 * (checklist services) are ignored; offsets outside the text are clipped.
 */
export function highlightSegments<R extends string>(
  text: string,
  matches: readonly { ruleId: R; start: number | null; end: number | null }[],
): HighlightSegment<R>[] {
  const spans = matches
    .filter((m) => m.start !== null && m.end !== null)
    .map((m) => ({
      ruleId: m.ruleId,
      start: Math.max(0, Math.min(text.length, m.start!)),
      end: Math.max(0, Math.min(text.length, m.end!)),
    }))
    .filter((m) => m.end > m.start);
  const cuts = [...new Set([0, text.length, ...spans.flatMap((m) => [m.start, m.end])])].sort(
    (a, b) => a - b,
  );
  const segments: HighlightSegment<R>[] = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const [start, end] = [cuts[i]!, cuts[i + 1]!];
    const ruleIds = [
      ...new Set(spans.filter((m) => m.start <= start && end <= m.end).map((m) => m.ruleId)),
    ];
    const prev = segments.at(-1);
    if (prev && prev.ruleIds.join() === ruleIds.join()) prev.text += text.slice(start, end);
    else segments.push({ text: text.slice(start, end), start, ruleIds });
  }
  return segments;
}
