import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openPinStore, PIN_FILE } from '../../../../src-main/kiosk/pinStore';
import { defaultDataDir, lineAsker, setPin, setPinRequest, type SetPinIo } from '../../../../src-main/kiosk/setPinCommand';
import { makeTempDir } from '../../../support/tempDir';

const NOW = Date.UTC(2026, 10, 29, 12, 0, 0);

function capture(answers: (string | undefined)[] = []): SetPinIo & { lines: string[] } {
  const lines: string[] = [];
  return { lines, out: (line) => lines.push(line), err: (line) => lines.push(line), ask: async () => answers.shift() };
}

describe('PIN store (admin-pin.json, apart from settings.json)', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ dir, cleanup } = await makeTempDir()));
  afterEach(async () => cleanup());

  it('has no PIN on a fresh data folder, and no PIN is correct then', async () => {
    const store = openPinStore(dir);
    expect(await store.read()).toEqual({ state: 'missing' });
    for (const pin of ['1973', '0000', '1234']) expect(await store.check(pin)).toBe('missing');
  });

  it('stores only a salted hash with the time it was set, and checks against it', async () => {
    const store = openPinStore(path.join(dir, 'neu'), () => NOW);
    await store.write('4711');
    const text = await readFile(store.file, 'utf8');
    expect(JSON.parse(text)).toMatchObject({ format: 1, setAt: '2026-11-29T12:00:00.000Z' });
    expect(text.replace(/"(salt|hash)": "[0-9a-f]+"/g, '')).not.toContain('4711');
    expect(await store.check('4711')).toBe('correct');
    expect(await store.check('4712')).toBe('wrong');
    await expect(store.write('12')).rejects.toThrow(RangeError);
    expect(await store.check('4711')).toBe('correct');
  });

  const damaged = [
    { name: 'a missing comma', text: '{"format": 1 "salt": "00"}', reason: `${PIN_FILE}: kein gültiges JSON.` },
    { name: 'an empty file', text: '', reason: `${PIN_FILE}: kein gültiges JSON.` },
    { name: 'a short hash', text: JSON.stringify({ format: 1, salt: 'a'.repeat(32), hash: 'b'.repeat(10), setAt: 'x' }), reason: `${PIN_FILE} hash: ungültiger Wert.` },
    { name: 'a plain-text PIN', text: JSON.stringify({ pin: '1973' }), reason: `${PIN_FILE} format: ungültiger Wert.` },
  ];
  for (const { name, text, reason } of damaged) {
    it(`treats ${name} as unreadable, never as a default PIN`, async () => {
      await writeFile(path.join(dir, PIN_FILE), text);
      const store = openPinStore(dir);
      expect(await store.read()).toEqual({ state: 'unreadable', reason });
      expect(await store.check('1973')).toBe('unreadable');
    });
  }

  it('reports a PIN file that is a folder as unreadable', async () => {
    await mkdir(path.join(dir, PIN_FILE));
    expect((await openPinStore(dir).read()).state).toBe('unreadable');
  });
});

describe('setting the PIN (--set-pin, npm run set-pin)', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ dir, cleanup } = await makeTempDir()));
  afterEach(async () => cleanup());

  const cases = [
    { name: 'from the command line', pin: '246810', answers: [], exit: 0, said: /PIN gespeichert/ },
    { name: 'asked twice', pin: undefined, answers: ['8642', '8642'], exit: 0, said: /PIN gespeichert/ },
    { name: 'two different answers', pin: undefined, answers: ['8642', '8643'], exit: 1, said: /stimmen nicht überein/ },
    { name: 'no terminal', pin: undefined, answers: [undefined, undefined], exit: 1, said: /--set-pin=<PIN>/ },
    { name: 'too short', pin: '123', answers: [], exit: 1, said: /4 bis 8 Ziffern/ },
    { name: 'letters', pin: '12a4', answers: [], exit: 1, said: /4 bis 8 Ziffern/ },
  ];
  for (const { name, pin, answers, exit, said } of cases) {
    it(name, async () => {
      const io = capture([...answers]);
      expect(await setPin(dir, pin, io, () => NOW)).toBe(exit);
      expect(io.lines.join('\n')).toMatch(said);
      expect((await openPinStore(dir).read()).state).toBe(exit === 0 ? 'set' : 'missing');
      if (exit === 0) expect(await openPinStore(dir).check(pin ?? answers[0]!)).toBe('correct');
    });
  }

  it('says so with exit 2 when the file cannot be written', async () => {
    await writeFile(path.join(dir, 'datei'), 'kein Ordner');
    const io = capture();
    expect(await setPin(path.join(dir, 'datei'), '2468', io)).toBe(2);
    expect(io.lines.join('\n')).toMatch(/konnte nicht geschrieben werden/);
  });

  it('reads piped lines that arrive before they are asked for', async () => {
    const input = new PassThrough();
    const sink = new Writable({ write: (_chunk, _encoding, done) => done() });
    const asker = lineAsker(input, sink);
    input.end('1357\n1357\n');
    await new Promise((resolve) => setImmediate(resolve));
    expect(await asker.ask('PIN: ')).toBe('1357');
    expect(await asker.ask('nochmal: ')).toBe('1357');
    expect(await asker.ask('zu viel: ')).toBeUndefined();
    asker.close();
  });

  const requests = [
    { argv: ['/opt/Partnerschaftskiosk/partnerschaftskiosk'], expected: undefined },
    { argv: ['kiosk.exe', '--set-pin=4711'], expected: { pin: '4711' } },
    { argv: ['kiosk.exe', '--set-pin', '4711'], expected: { pin: '4711' } },
    { argv: ['electron', '.', '--set-pin'], expected: { pin: undefined } },
    { argv: ['electron', '.', '--set-pin', '--self-test'], expected: { pin: undefined } },
  ];
  for (const { argv, expected } of requests) {
    it(`reads ${JSON.stringify(argv.slice(1))}`, () => expect(setPinRequest(argv)).toEqual(expected));
  }

  const folders = [
    { env: { KIOSK_DATA_DIR: '/srv/kiosk' }, platform: 'linux', expected: '/srv/kiosk' },
    { env: {}, platform: 'linux', expected: '/home/kiosk/.config/partnerschaftskiosk' },
    { env: { XDG_CONFIG_HOME: '/etc/xdg-kiosk' }, platform: 'linux', expected: '/etc/xdg-kiosk/partnerschaftskiosk' },
    { env: { APPDATA: 'C:/Users/kiosk/AppData/Roaming' }, platform: 'win32', expected: path.join('C:/Users/kiosk/AppData/Roaming', 'partnerschaftskiosk') },
    { env: {}, platform: 'darwin', expected: '/home/kiosk/Library/Application Support/partnerschaftskiosk' },
  ] as const;
  for (const { env, platform, expected } of folders) {
    it(`finds the data folder on ${platform} with ${JSON.stringify(env)}`, () => {
      expect(defaultDataDir(env, platform, '/home/kiosk')).toBe(expected);
    });
  }
});
