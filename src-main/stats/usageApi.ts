/**
 * The statistics half of the kiosk API: `recordUsage` for the renderer (no admin session needed, only well-formed
 * counts are accepted), and the admin calls behind the PIN: summary, USB targets, CSV export, delete.
 */
import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { AdminLocked, KioskApi } from '../../src-shared/kioskApi';
import { localize } from '../../src-shared/localizedText';
import type { UsageTarget } from '../../src-shared/usageStats';
import { writeFileAtomic } from '../fs/durableFs';
import { describeError } from '../fs/systemErrors';
import type { KioskServiceDeps } from '../kioskServiceDeps';
import { usageCsv } from './usageCsv';
import type { UsageDeps } from './usageDeps';
import { openUsageWriter, readUsage } from './usageStore';
import { localDay, periodRange, summarize, type ContentTitles } from './usageSummary';

export type { UsageDeps } from './usageDeps';

export type UsageApi = Pick<KioskApi, 'recordUsage' | 'adminUsageSummary' | 'adminUsageTargets' | 'adminExportUsageCsv' | 'adminDeleteUsage'>;

const LOCKED: AdminLocked = { ok: false, reason: 'locked', message: 'Der Verwaltungsbereich ist gesperrt. Bitte die PIN erneut eingeben.' };

async function listVolumes(roots: string[]): Promise<(UsageTarget & { path: string })[]> {
  const found: (UsageTarget & { path: string })[] = [];
  for (const root of roots) {
    const entries = await readdir(root, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
      const folder = path.join(root, entry.name);
      found.push({ id: createHash('sha256').update(folder).digest('hex').slice(0, 16), label: `USB-Stick ${entry.name}`, path: folder });
    }
  }
  return found;
}

/** German titles of the shown bundle's events, partners and images, for the top lists. */
function titlesOf(deps: KioskServiceDeps): ContentTitles {
  const manifest = deps.showing.active.manifest;
  const events = new Map(manifest.events.map((event) => [event.id, localize(event.title, 'de')]));
  const partners = new Map(manifest.partners.map((partner) => [partner.id, localize(partner.name, 'de')]));
  const images = new Map(manifest.images.map((image) => [image.id, localize(image.caption, 'de')]));
  return { bundleId: manifest.id, event: (id) => events.get(id), partner: (id) => partners.get(id), image: (id) => images.get(id) };
}

export function createUsageApi(deps: KioskServiceDeps, usage: UsageDeps): UsageApi {
  const writer = openUsageWriter(usage.dataDir);
  const today = () => localDay(new Date((usage.now ?? Date.now)()));
  const requireAdmin = (): boolean => deps.session.touch();

  return {
    async recordUsage(visits) {
      // Switched off in the settings: nothing is written, not even a count.
      if (!deps.settings().usageStatistics) return;
      try {
        await writer.append(visits, today());
      } catch (error) {
        deps.log.warn(`Statistik: Besuch nicht gespeichert (${describeError(error).de})`);
      }
    },
    async adminUsageSummary(period) {
      if (!requireAdmin()) return LOCKED;
      const { rows } = await readUsage(usage.dataDir);
      const titles = titlesOf(deps);
      return summarize(rows, periodRange(period, today(), rows, titles.bundleId), titles, deps.settings().usageStatistics);
    },
    async adminUsageTargets() {
      if (!requireAdmin()) return LOCKED;
      return (await listVolumes(usage.usbRoots)).map(({ id, label }) => ({ id, label }));
    },
    async adminExportUsageCsv(period, targetId) {
      if (!requireAdmin()) return LOCKED;
      const target = (await listVolumes(usage.usbRoots)).find((volume) => volume.id === targetId);
      if (!target) return { ok: false, reason: 'not-found', message: 'Der USB-Stick ist nicht mehr da. Bitte einstecken und „Aktualisieren“ tippen.' };
      const { rows } = await readUsage(usage.dataDir);
      const range = periodRange(period, today(), rows, deps.showing.active.manifest.id);
      const name = `kiosk-statistik-${range.from}-bis-${range.to}.csv`;
      try {
        await writeFileAtomic(path.join(target.path, name), usageCsv(rows.filter((row) => row.day >= range.from && row.day <= range.to)));
      } catch (error) {
        return { ok: false, reason: 'failed', message: `Die Datei „${name}“ ließ sich nicht auf „${target.label}“ schreiben: ${describeError(error).de}` };
      }
      deps.log.info(`Statistik: ${name} auf ${target.label} geschrieben`);
      return { ok: true, message: `„${name}“ liegt jetzt auf „${target.label}“.` };
    },
    async adminDeleteUsage(pin) {
      if (!requireAdmin()) return LOCKED;
      if ((await deps.pins.check(pin)) !== 'correct') return { ok: false, reason: 'wrong-pin', message: 'Die PIN ist nicht richtig. Die Statistik bleibt erhalten.' };
      await writer.clear();
      deps.log.info('Statistik: alle Daten gelöscht');
      return { ok: true, message: 'Alle Statistikdaten sind gelöscht.' };
    },
  };
}
