import { describe, expect, it } from 'vitest';
import { looksLikeSvg, svgHazards } from '../../../../../src-main/content/validation/svgSafety';

const svg = (body: string) => `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">${body}</svg>`;

describe('svgHazards', () => {
  it.each([
    { name: 'plain shapes', text: svg('<rect width="10" height="10" fill="#c00"/>'), expected: [] },
    { name: 'internal reference', text: svg('<defs><g id="a"/></defs><use href="#a"/><rect fill="url(#grad)"/>'), expected: [] },
    { name: 'embedded PNG', text: svg('<image href="data:image/png;base64,iVBORw0KGgo="/>'), expected: [] },
    { name: 'script', text: svg('<script>alert(1)</script>'), expected: ['<script>'] },
    { name: 'event handler', text: svg('<rect onload="alert(1)"/>'), expected: ['on…= (event handler)'] },
    { name: 'javascript URL', text: svg('<a xlink:href="javascript:alert(1)"><text>x</text></a>'), expected: ['javascript:'] },
    { name: 'encoded javascript URL', text: svg('<a href="&#106;avascript:alert(1)">x</a>'), expected: ['javascript:'] },
    { name: 'external image', text: svg('<image href="https://example.org/a.png"/>'), expected: ['external reference: https://example.org/a.png'] },
    { name: 'external use', text: svg('<use xlink:href="other.svg#x"/>'), expected: ['external reference: other.svg#x'] },
    { name: 'css url', text: svg('<style>rect { fill: url(http://x/y) }</style>'), expected: ['external reference: http://x/y'] },
    { name: 'embedded SVG', text: svg('<image href="data:image/svg+xml;base64,PHN2Zz4="/>'), expected: ['external reference: data:image/svg+xml;base64,PHN2Zz4='] },
    { name: 'foreignObject', text: svg('<foreignObject><div/></foreignObject>'), expected: ['<foreignObject>'] },
    { name: 'entity', text: `<!DOCTYPE svg [<!ENTITY x "y">]>${svg('')}`, expected: ['<!ENTITY>'] },
    { name: 'import', text: svg('<style>@import "x.css";</style>'), expected: ['@import'] },
  ])('$name', ({ text, expected }) => expect(svgHazards(text)).toEqual(expected));
});

describe('looksLikeSvg', () => {
  it.each([
    { head: '<svg xmlns="http://www.w3.org/2000/svg"></svg>', expected: true },
    { head: '\uFEFF<?xml version="1.0"?>\n<!-- Inkscape -->\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "x">\n<svg>', expected: true },
    { head: '<html><svg></svg></html>', expected: false },
    { head: 'Das ist Text', expected: false },
  ])('$head', ({ head, expected }) => expect(looksLikeSvg(head)).toBe(expected));
});
