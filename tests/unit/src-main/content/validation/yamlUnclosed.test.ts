import { describe, expect, it } from 'vitest';
import { findUnclosedOpener } from '../../../../../src-main/content/validation/yamlUnclosed';

describe('findUnclosedOpener', () => {
  it.each([
    { name: 'list', text: 'a: 1\nb: [x, y\nc: 2\n', found: { offset: 8, opener: '[' } },
    { name: 'map', text: 'a: { x: 1\n', found: { offset: 3, opener: '{' } },
    { name: 'double quote', text: 'a: "x\nb: 1\n', found: { offset: 3, opener: '"' } },
    { name: 'double quote ending in an escaped quote', text: 'a: "x\\"\n', found: { offset: 3, opener: '"' } },
    { name: 'single quote', text: "a: 'x\nb: 1\n", found: { offset: 3, opener: "'" } },
    { name: 'innermost of nested', text: '{"a": [1, 2}\n', found: { offset: 6, opener: '[' } },
    { name: 'closed list', text: 'a: [x, y]\n', found: undefined },
    { name: 'closed quote over two lines', text: 'a: "x\n  y"\nb: 1\n', found: undefined },
    { name: 'quote ending in an escaped backslash', text: 'a: "x\\\\"\n', found: undefined },
    { name: 'closed single quote with an apostrophe', text: "a: 'it''s'\n", found: undefined },
    { name: 'brackets inside a quoted text', text: 'a: "[x"\nb: \'{\'\n', found: undefined },
  ])('$name', ({ text, found }) => {
    expect(findUnclosedOpener(text)).toEqual(found);
  });

  it('survives deep nesting without overflowing the stack', () => {
    expect(findUnclosedOpener(`a: ${'['.repeat(20_000)}`)?.opener).toBe('[');
  });
});
