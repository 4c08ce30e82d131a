import { Parser } from 'yaml';

/** An opening bracket or quote in a manifest that is never closed. */
export interface UnclosedOpener {
  /** Offset of the opening character in the text, in UTF-16 code units. */
  offset: number;
  opener: '[' | '{' | '"' | "'";
}

const CLOSER = { '[': ']', '{': '}' } as const;

/**
 * Finds the bracket or quote a curator opened and never closed, by walking the YAML parser's concrete syntax
 * tree. The parser itself reports such a slip where it notices it (often lines later, as "must be sufficiently
 * indented"), which sends a curator to the wrong line; the opener is where the fix goes. Of nested unclosed
 * brackets the innermost is returned: in `{"a": [1, 2}` the `}` closes the map, so the `[` is the one left open.
 */
export function findUnclosedOpener(text: string): UnclosedOpener | undefined {
  let found: { opener: UnclosedOpener; depth: number } | undefined;
  const consider = (opener: UnclosedOpener, depth: number) => {
    // The innermost wins; of two equally deep, the first in the text.
    if (!found || depth > found.depth || (depth === found.depth && opener.offset < found.opener.offset)) found = { opener, depth };
  };
  // An explicit stack rather than recursion: a hostile manifest may nest thousands of brackets deep.
  const stack: Array<{ node: unknown; depth: number }> = [];
  for (const token of new Parser().parse(text)) stack.push({ node: token, depth: 0 });
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (Array.isArray(node)) {
      for (const item of node) stack.push({ node: item, depth });
      continue;
    }
    if (node === null || typeof node !== 'object') continue;
    const token = node as { type?: string; offset?: number; source?: string; start?: { source?: string }; end?: unknown };
    const inner = token.type === 'flow-collection' ? depth + 1 : depth;
    if (token.type === 'flow-collection' && typeof token.offset === 'number') {
      const open = token.start?.source;
      if (open === '[' || open === '{') {
        const ends = Array.isArray(token.end) ? (token.end as Array<{ source?: string }>) : [];
        if (!ends.some((end) => end.source === CLOSER[open])) consider({ offset: token.offset, opener: open }, inner);
      }
    }
    if ((token.type === 'double-quoted-scalar' || token.type === 'single-quoted-scalar') && typeof token.offset === 'number') {
      const quote = token.type === 'double-quoted-scalar' ? '"' : "'";
      const source = token.source ?? '';
      // Closed means: at least two characters, ending in the quote, and (for "…") that quote not escaped.
      if (source.length < 2 || !source.endsWith(quote) || (quote === '"' && /(^|[^\\])(\\\\)*\\"$/.test(source))) {
        consider({ offset: token.offset, opener: quote }, depth + 1);
      }
    }
    for (const [key, value] of Object.entries(node)) {
      if (key !== 'source' && value !== null && typeof value === 'object') stack.push({ node: value, depth: inner });
    }
  }
  return found?.opener;
}
