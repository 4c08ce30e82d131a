// A recorded stand-in for the `electron` module, so the packaged main process can be started under Node: every
// call the kiosk makes is recorded in order (with whether the app was ready), and `whenReady` resolves only when
// the smoke runner says so. It implements the calls the kiosk's main process uses, nothing more.
import path from 'node:path';

const settings = JSON.parse(process.env.SMOKE_STANDIN ?? '{}');

/** The record the smoke runner reads. */
export const record = {
  ready: false,
  calls: [],
  handlers: new Map(),
  ipc: new Map(),
  windows: [],
  appEvents: new Map(),
  exitCode: undefined,
};
globalThis.__electronStandIn = record;

let resolveReady;
const readyPromise = new Promise((resolve) => (resolveReady = resolve));
let resolveExit;
record.exited = new Promise((resolve) => (resolveExit = resolve));

/** Called by the runner: the moment Electron would be ready. */
record.makeReady = () => {
  record.ready = true;
  resolveReady();
};

function note(name, detail) {
  record.calls.push({ name, ready: record.ready, ...(detail === undefined ? {} : { detail }) });
}

function emitter(target, events) {
  target.on = (event, listener) => {
    events.set(event, [...(events.get(event) ?? []), listener]);
    return target;
  };
  target.once = target.on;
  return target;
}

export const app = emitter(
  {
    isPackaged: true,
    commandLine: { appendSwitch: (name, value) => note('app.commandLine.appendSwitch', [name, value]) },
    getAppPath: () => settings.appPath,
    getPath: (name) => {
      note('app.getPath', name);
      return path.join(settings.pathsDir, name);
    },
    getVersion: () => settings.version,
    getName: () => settings.name,
    requestSingleInstanceLock: () => (note('app.requestSingleInstanceLock'), true),
    whenReady: () => readyPromise,
    quit: () => note('app.quit'),
    relaunch: () => note('app.relaunch'),
    exit: (code = 0) => {
      note('app.exit', code);
      record.exitCode = code;
      resolveExit(code);
    },
    getAppMetrics: () => [],
    setLoginItemSettings: (options) => note('app.setLoginItemSettings', options),
    getLoginItemSettings: () => ({ openAtLogin: false }),
  },
  record.appEvents,
);

export const protocol = {
  registerSchemesAsPrivileged: (schemes) => note('protocol.registerSchemesAsPrivileged', schemes),
  handle: (scheme, handler) => {
    note('protocol.handle', scheme);
    record.handlers.set(scheme, handler);
  },
};

const noop = () => {};
export const session = {
  defaultSession: {
    setPermissionRequestHandler: () => note('session.setPermissionRequestHandler'),
    setPermissionCheckHandler: () => note('session.setPermissionCheckHandler'),
  },
};

export const screen = {
  getAllDisplays: () => settings.displays,
  getPrimaryDisplay: () => settings.displays[0],
};

export const ipcMain = {
  handle: (channel, handler) => record.ipc.set(channel, handler),
  removeHandler: (channel) => record.ipc.delete(channel),
  on: noop,
};

export const powerSaveBlocker = { start: (type) => (note('powerSaveBlocker.start', type), 1), stop: noop };

export class BrowserWindow {
  constructor(options) {
    note('new BrowserWindow', options);
    this.options = options;
    this.events = new Map();
    emitter(this, this.events);
    this.webContents = emitter(
      {
        setWindowOpenHandler: noop,
        setVisualZoomLevelLimits: async () => {},
        setZoomFactor: noop,
        insertCSS: async () => '',
        getZoomFactor: () => 1,
      },
      new Map(),
    );
    record.windows.push(this);
  }
  setMenu(menu) {
    note('window.setMenu', menu);
  }
  isDestroyed() {
    return false;
  }
  show() {}
  async loadURL(url) {
    note('window.loadURL', url);
    this.loadedUrl = url;
  }
  static getAllWindows() {
    return record.windows;
  }
}

export default { app, protocol, session, screen, ipcMain, powerSaveBlocker, BrowserWindow };
