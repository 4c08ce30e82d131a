/**
 * Bundle text is plain text: a blank line separates paragraphs and `*emphasis*` is the only markup. It is split
 * into nodes here and rendered as text nodes, never as HTML.
 */

/** A run of text, emphasised or not. */
export interface TextRun {
  text: string;
  emphasis: boolean;
}

/** Paragraphs of runs. Single line breaks inside a paragraph become spaces; an unmatched `*` stays literal. */
export function parseRichText(text: string): TextRun[][] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.replace(/\s*\n\s*/g, ' ').trim())
    .filter((paragraph) => paragraph.length > 0)
    .map(parseRuns);
}

function parseRuns(paragraph: string): TextRun[] {
  const runs: TextRun[] = [];
  const pattern = /\*([^*\s](?:[^*]*[^*\s])?)\*/g;
  let last = 0;
  for (const match of paragraph.matchAll(pattern)) {
    if (match.index > last) runs.push({ text: paragraph.slice(last, match.index), emphasis: false });
    runs.push({ text: match[1] as string, emphasis: true });
    last = match.index + match[0].length;
  }
  if (last < paragraph.length) runs.push({ text: paragraph.slice(last), emphasis: false });
  return runs;
}
