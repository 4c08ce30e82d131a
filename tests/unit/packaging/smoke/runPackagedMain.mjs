// Starts the packaged main process under Node with the recorded `electron` stand-in (see resolveElectron.mjs):
// `node --import ./resolveElectron.mjs runPackagedMain.mjs`, settings in the SMOKE_RUN environment variable
// ({ resourcesPath, mainFile, argv, reportFile, waitForFile? }). It makes the app ready, waits until the window
// loaded its start page (or the app exited), serves URLs through the handler the app registered, calls the IPC API
// as the kiosk page would, runs the app's before-quit handlers, and writes what happened to `reportFile`.
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';

const run = JSON.parse(process.env.SMOKE_RUN);
process.resourcesPath = run.resourcesPath;
process.argv = [process.execPath, ...run.argv];
const { record } = await import('electron');

async function until(condition, what, ms = 20_000) {
  const end = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

async function describe(response) {
  const bytes = Buffer.from(await response.arrayBuffer());
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    length: bytes.length,
    // Enough of the body to recognise a page or an image format (RIFF…WEBP, JPEG's FF D8).
    head: bytes.subarray(0, 16).toString('latin1'),
    text: /^text\/html/.test(response.headers.get('content-type') ?? '') ? bytes.toString('utf8') : undefined,
  };
}

const report = { error: undefined, served: {}, ipc: {} };
try {
  await import(pathToFileURL(run.mainFile).href);
  report.callsBeforeReady = record.calls.map((call) => call.name);
  record.makeReady();
  let exited = false;
  record.exited.then(() => (exited = true));
  await until(() => exited || record.windows[0]?.loadedUrl !== undefined, 'the start page or an exit');
  if (!exited) {
    if (run.waitForFile) await until(() => existsSync(run.waitForFile), run.waitForFile);
    const handler = record.handlers.get('kiosk');
    const kioskPage = { senderFrame: { parent: null, url: 'kiosk://app/index.html' } };
    const bundle = await record.ipc.get('kiosk:getActiveBundle')(kioskPage);
    report.ipc.title = bundle.manifest.title;
    report.ipc.imageCount = bundle.manifest.images.length;
    const file = bundle.manifest.images.find((image) => image.file)?.file;
    report.ipc.imageFile = file;
    try {
      await record.ipc.get('kiosk:getActiveBundle')({ senderFrame: { parent: null, url: 'https://example.org/' } });
      report.ipc.foreignSender = 'answered';
    } catch (error) {
      report.ipc.foreignSender = error.message;
    }
    const urls = {
      index: 'kiosk://app/index.html',
      photo: `kiosk://app/bundle/${encodeURI(file)}`,
      derived: `kiosk://app/derived/bundle/thumb/${encodeURI(file)}`,
      outside: 'kiosk://app/bundle/..%2F..%2F..%2Fpackage.json',
    };
    for (const [name, url] of Object.entries(urls)) report.served[name] = await describe(await handler(new Request(url)));
    for (const listener of record.appEvents.get('before-quit') ?? []) listener();
  }
  report.exitCode = record.exitCode;
} catch (error) {
  report.error = error.stack ?? String(error);
}
report.calls = record.calls;
await writeFile(run.reportFile, JSON.stringify(report, null, 2));
process.exit(0);
