import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileResponse, parseRange } from '../../../../src-main/content/fileResponse';
import { makeTempDir } from '../../../support/tempDir';

describe('parseRange', () => {
  const size = 100;
  const cases = [
    { header: 'bytes=0-9', expected: { start: 0, end: 9 } },
    { header: 'bytes=90-', expected: { start: 90, end: 99 } },
    { header: 'bytes=-10', expected: { start: 90, end: 99 } },
    { header: 'bytes=50-500', expected: { start: 50, end: 99 } },
    { header: 'bytes=100-', expected: 'unsatisfiable' },
    { header: 'bytes=20-10', expected: 'unsatisfiable' },
    { header: 'bytes=-0', expected: 'unsatisfiable' },
    { header: 'bytes=0-1,5-6', expected: 'none' },
    { header: 'items=0-1', expected: 'none' },
  ];
  for (const { header, expected } of cases) {
    it(`${header} of ${size} bytes`, () => expect(parseRange(header, size)).toEqual(expected));
  }
});

describe('fileResponse on a real file', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let file: string;
  const content = 'abcdefghijklmnopqrstuvwxyz';

  beforeAll(async () => {
    ({ dir, cleanup } = await makeTempDir());
    file = path.join(dir, 'text.txt');
    await writeFile(file, content);
  });
  afterAll(() => cleanup());

  it('serves the whole file with length and validators', async () => {
    const response = await fileResponse(new Request('http://x/text.txt'), file);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-length')).toBe('26');
    expect(response.headers.get('last-modified')).toMatch(/GMT$/);
    expect(await response.text()).toBe(content);
  });

  it('serves one byte range with 206 and Content-Range', async () => {
    const response = await fileResponse(new Request('http://x/text.txt', { headers: { Range: 'bytes=2-4' } }), file);
    expect(response.status).toBe(206);
    expect(response.headers.get('content-range')).toBe('bytes 2-4/26');
    expect(await response.text()).toBe('cde');
  });

  it('answers 416 for a range past the end', async () => {
    const response = await fileResponse(new Request('http://x/text.txt', { headers: { Range: 'bytes=40-' } }), file);
    expect(response.status).toBe(416);
    expect(response.headers.get('content-range')).toBe('bytes */26');
  });

  it('answers 304 when the ETag matches', async () => {
    const first = await fileResponse(new Request('http://x/text.txt'), file);
    const etag = first.headers.get('etag') ?? '';
    await first.body?.cancel();
    const second = await fileResponse(new Request('http://x/text.txt', { headers: { 'If-None-Match': etag } }), file);
    expect(second.status).toBe(304);
  });

  it('answers HEAD without a body', async () => {
    const response = await fileResponse(new Request('http://x/text.txt', { method: 'HEAD' }), file);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-length')).toBe('26');
    expect(response.body).toBeNull();
  });
});
