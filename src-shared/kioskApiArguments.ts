/**
 * Argument schemas of the kiosk API, one tuple per method. The main process (IPC) and the preview host (HTTP)
 * validate every call with them before it reaches the service; a missing method fails to compile.
 */
import { z } from 'zod';
import type { KioskApi } from './kioskApi';
import { visitBatchSchema } from './usageStatsSchema';

const pin = z.string().regex(/^\d{4,8}$/);
const sourceId = z.string().min(1).max(512);
const usagePeriod = z.enum(['week', 'month', 'run']);

export const KIOSK_API_ARGUMENTS = {
  getActiveBundle: z.tuple([]),
  getContentRevision: z.tuple([]),
  getKioskInfo: z.tuple([]),
  // Wrong PINs are answered by the service (and slowed down), so any short string is accepted here.
  adminUnlock: z.tuple([z.string().max(16)]),
  adminLock: z.tuple([]),
  adminStatus: z.tuple([]),
  adminListSources: z.tuple([]),
  adminCheckSource: z.tuple([sourceId]),
  adminActivateSource: z.union([z.tuple([sourceId]), z.tuple([sourceId, z.boolean()])]),
  adminRollback: z.tuple([]),
  adminChangePin: z.tuple([z.string().max(16), pin]),
  adminQuit: z.tuple([]),
  recordUsage: z.tuple([visitBatchSchema]),
  adminUsageSummary: z.tuple([usagePeriod]),
  adminUsageTargets: z.tuple([]),
  adminExportUsageCsv: z.tuple([usagePeriod, sourceId]),
  adminDeleteUsage: z.tuple([z.string().max(16)]),
} as const satisfies Record<keyof KioskApi, z.ZodTuple | z.ZodUnion<readonly z.ZodTuple[]>>;

/**
 * Validates the arguments of one call. Returns them typed, or `undefined` when they do not fit (the caller
 * answers with an error and never calls the service).
 */
export function parseApiArguments<M extends keyof KioskApi>(method: M, args: unknown): Parameters<KioskApi[M]> | undefined {
  const schema = KIOSK_API_ARGUMENTS[method] as z.ZodType;
  const result = schema.safeParse(args);
  return result.success ? (result.data as Parameters<KioskApi[M]>) : undefined;
}
