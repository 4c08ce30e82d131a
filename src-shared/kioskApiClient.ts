import type { KioskApi } from './kioskApi';

/** Sends one API call to the main side and returns its answer (IPC in Electron, HTTP in the preview). */
export type ApiTransport = (method: keyof KioskApi, args: unknown[]) => Promise<unknown>;

/**
 * Builds the renderer-side {@link KioskApi} over a transport. Written out method by method so that the compiler
 * checks every signature; the preload and the browser preview both use it, only their transports differ.
 */
export function createKioskApiClient(send: ApiTransport): KioskApi {
  const call = <T>(method: keyof KioskApi, ...args: unknown[]) => send(method, args) as Promise<T>;
  return {
    getActiveBundle: () => call('getActiveBundle'),
    getContentRevision: () => call('getContentRevision'),
    getKioskInfo: () => call('getKioskInfo'),
    adminUnlock: (pin) => call('adminUnlock', pin),
    adminLock: () => call('adminLock'),
    adminStatus: () => call('adminStatus'),
    adminListSources: () => call('adminListSources'),
    adminCheckSource: (sourceId) => call('adminCheckSource', sourceId),
    adminActivateSource: (sourceId, replace) => (replace === undefined ? call('adminActivateSource', sourceId) : call('adminActivateSource', sourceId, replace)),
    adminRollback: () => call('adminRollback'),
    adminChangePin: (currentPin, newPin) => call('adminChangePin', currentPin, newPin),
    adminQuit: () => call('adminQuit'),
    recordUsage: (visits) => call('recordUsage', visits),
    adminUsageSummary: (period) => call('adminUsageSummary', period),
    adminUsageTargets: () => call('adminUsageTargets'),
    adminExportUsageCsv: (period, targetId) => call('adminExportUsageCsv', period, targetId),
    adminDeleteUsage: (pin) => call('adminDeleteUsage', pin),
  };
}
