import { describe, expect, it } from 'vitest';
import { parseRichText } from '../../../../../src-renderer/lib/text/richText';

describe('parseRichText', () => {
  it.each([
    { name: 'one plain paragraph', text: 'Hallo Welt', expected: [[{ text: 'Hallo Welt', emphasis: false }]] },
    {
      name: 'blank lines separate paragraphs, single breaks join',
      text: 'Erste\nZeile\n\n  \nZweiter Absatz',
      expected: [[{ text: 'Erste Zeile', emphasis: false }], [{ text: 'Zweiter Absatz', emphasis: false }]],
    },
    {
      name: 'emphasis',
      text: 'Seit *1973* verbunden',
      expected: [[{ text: 'Seit ', emphasis: false }, { text: '1973', emphasis: true }, { text: ' verbunden', emphasis: false }]],
    },
    { name: 'a lone star stays literal', text: '5 * 3 Gäste', expected: [[{ text: '5 * 3 Gäste', emphasis: false }]] },
    {
      name: 'HTML stays text',
      text: '<b>fett</b> & <script>',
      expected: [[{ text: '<b>fett</b> & <script>', emphasis: false }]],
    },
    { name: 'empty text, no paragraphs', text: '\n\n', expected: [] },
  ])('$name', ({ text, expected }) => {
    expect(parseRichText(text)).toEqual(expected);
  });
});
