/**
 * The schema of a visit record (see `usageStats.ts`), checked where a batch arrives (IPC, HTTP) and again where the
 * store reads its file. Ids must look like bundle ids, so no free text can be smuggled into the statistics.
 */
import { z } from 'zod';
import { MAX_IDS_PER_VISIT, MAX_VISITS_PER_BATCH, USAGE_FILTERS, USAGE_MODES, type VisitRecord } from './usageStats';

const contentId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/);
const ids = z.array(contentId).max(MAX_IDS_PER_VISIT);

export const visitRecordSchema = z.strictObject({
  hour: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3])$/),
  seconds: z.number().int().min(0).max(86_400),
  bundleId: contentId,
  bundleVersion: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/),
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/),
  modeSwitches: z.number().int().min(0).max(10_000),
  modes: z.array(z.enum(USAGE_MODES)).max(USAGE_MODES.length),
  events: ids,
  partners: ids,
  images: ids,
  galleryReached: z.number().int().min(0).max(100_000),
  filters: z.array(z.enum(USAGE_FILTERS)).max(USAGE_FILTERS.length),
  wake: z.boolean(),
}) satisfies z.ZodType<VisitRecord>;

export const visitBatchSchema = z.array(visitRecordSchema).min(1).max(MAX_VISITS_PER_BATCH);
