import {
  CANDIDATE_URL_PREFIX,
  type AdminOutcome,
  type AdminStatus,
  type KioskApi,
  type LibraryVersionInfo,
  type SourceCheck,
} from '../../src-shared/kioskApi';
import { localize } from '../../src-shared/localizedText';
import { hashPin, verifyPin } from '../kiosk/adminPin';
import type { VersionSummary } from '../library/contentLibrary';
import type { KioskServiceDeps } from '../kioskServiceDeps';
import type { FoundSource } from './sourceFinder';

/** The PIN in force until a curator sets one; printed in the README, the admin screen asks to change it. */
export const INITIAL_ADMIN_PIN = '1973';

/** The admin half of {@link KioskApi}. */
export type AdminApi = Pick<
  KioskApi,
  | 'adminUnlock'
  | 'adminLock'
  | 'adminStatus'
  | 'adminListSources'
  | 'adminCheckSource'
  | 'adminActivateSource'
  | 'adminRollback'
  | 'adminChangePin'
  | 'adminQuit'
>;

const LOCKED: AdminOutcome = { ok: false, message: 'Der Verwaltungsbereich ist gesperrt. Bitte die PIN erneut eingeben.' };

function versionInfo(summary: VersionSummary | null): LibraryVersionInfo | null {
  if (summary === null) return null;
  const { fileCount: _files, totalBytes: _bytes, ...info } = summary;
  return info;
}

/**
 * The curator's operations: every method but `adminUnlock` requires an unlocked session and extends it; every
 * change to what visitors see goes through the content library (the same atomic path as the CLI), and a failure
 * leaves the running exhibition as it was.
 */
export function createAdminApi(deps: KioskServiceDeps): AdminApi {
  let sources = new Map<string, FoundSource>();

  const requireAdmin = (): boolean => deps.session.touch();
  const sourceById = async (id: string): Promise<FoundSource | undefined> => {
    if (!sources.has(id)) sources = new Map((await deps.findSources()).map((source) => [source.id, source]));
    return sources.get(id);
  };
  const showLibraryActive = async (): Promise<boolean> => {
    const dir = await deps.library.activeBundleDir();
    const status = await deps.library.status();
    const manifest = dir ? await deps.loadInstalled(dir) : undefined;
    if (!dir || !manifest || !status.active) return false;
    deps.showing.show({ dir, manifest, version: status.active.name, source: status.active.source });
    return true;
  };

  return {
    async adminUnlock(pin) {
      const wait = deps.session.waitMs;
      if (wait > 0) {
        return { ok: false, message: `Zu viele falsche Eingaben. Bitte ${Math.ceil(wait / 1000)} Sekunden warten.` };
      }
      const stored = deps.settings().adminPin;
      const correct = stored ? await verifyPin(pin, stored) : pin === INITIAL_ADMIN_PIN;
      deps.session.recordAttempt(correct);
      if (!correct) deps.log.warn('Verwaltung: falsche PIN eingegeben');
      return correct
        ? { ok: true, message: 'Verwaltung geöffnet.' }
        : { ok: false, message: 'Die PIN ist nicht richtig. Bitte noch einmal versuchen.' };
    },
    async adminLock() {
      deps.session.lock();
      await deps.showing.setCandidate(undefined);
    },
    async adminStatus(): Promise<AdminStatus> {
      if (!requireAdmin()) throw new Error(LOCKED.message);
      const status = await deps.library.status();
      const showing = deps.showing.active;
      return {
        kioskName: deps.settings().kioskName,
        appVersion: deps.appVersion,
        showing: {
          bundleId: showing.manifest.id,
          title: localize(showing.manifest.title, 'de'),
          version: showing.version,
          source: showing.source,
        },
        active: versionInfo(status.active),
        previous: versionInfo(status.previous),
        notices: [...deps.showing.notices],
        pinIsInitial: deps.settings().adminPin === undefined,
        canQuit: deps.quit !== undefined,
        imagePreparation: deps.imagePreparation(),
      };
    },
    async adminListSources() {
      if (!requireAdmin()) throw new Error(LOCKED.message);
      const found = await deps.findSources();
      sources = new Map(found.map((source) => [source.id, source]));
      return found.map(({ id, label, kind, origin }) => ({ id, label, kind, origin }));
    },
    async adminCheckSource(sourceId): Promise<SourceCheck> {
      if (!requireAdmin()) return { ...LOCKED, errors: [], warnings: [] };
      const source = await sourceById(sourceId);
      if (!source) return { ok: false, message: 'Diese Quelle ist nicht mehr da (Stick entfernt?).', errors: [], warnings: [] };
      const checked = await deps.checkSource(source.path);
      if (!checked.ok || !checked.folder || !checked.manifest) {
        await checked.dispose();
        return {
          ok: false,
          message: `„${source.label}“ kann so nicht gezeigt werden: ${checked.errors.length} Fehler. Die laufende Ausstellung bleibt unverändert.`,
          errors: checked.errors,
          warnings: checked.warnings,
        };
      }
      await deps.showing.setCandidate({
        sourceId,
        dir: checked.folder,
        manifest: checked.manifest,
        version: 'preview',
        source: source.label,
        dispose: checked.dispose,
      });
      return {
        ok: true,
        message: `„${localize(checked.manifest.title, 'de')}“ ist in Ordnung${checked.warnings.length ? ` (${checked.warnings.length} Hinweise)` : ''}.`,
        errors: [],
        warnings: checked.warnings,
        preview: { manifest: checked.manifest, version: 'preview', baseUrl: CANDIDATE_URL_PREFIX, revision: -1 },
      };
    },
    async adminActivateSource(sourceId) {
      if (!requireAdmin()) return LOCKED;
      const source = await sourceById(sourceId);
      if (!source) return { ok: false, message: 'Diese Quelle ist nicht mehr da (Stick entfernt?).' };
      const checked = await deps.checkSource(source.path);
      try {
        if (!checked.ok || !checked.folder) {
          return { ok: false, message: `Nicht übernommen: ${checked.errors.length} Fehler. Die laufende Ausstellung bleibt unverändert.` };
        }
        const result = await deps.library.activate(checked.folder, {
          sourceLabel: source.path,
          validate: async (folder) => {
            const again = await deps.checkSource(folder);
            await again.dispose();
            return { ok: again.ok, problems: again.errors };
          },
        });
        if (!result.ok) return { ok: false, message: `Nicht übernommen: ${result.problems[0] ?? 'ungültig'}` };
        if (!(await showLibraryActive())) return { ok: false, message: 'Übernommen, aber die neue Version ließ sich nicht laden.' };
        deps.log.info(`Verwaltung: „${source.label}“ als ${result.version.name} aktiviert`);
        return { ok: true, message: `„${result.version.title}“ wird jetzt gezeigt. Die vorige Version bleibt für „Zurück“ erhalten.` };
      } catch (error) {
        deps.log.warn(`Verwaltung: Aktivierung fehlgeschlagen: ${(error as Error).message}`);
        return { ok: false, message: `Nicht übernommen: ${(error as Error).message}. Die laufende Ausstellung bleibt unverändert.` };
      } finally {
        await deps.showing.setCandidate(undefined);
        await checked.dispose();
      }
    },
    async adminRollback() {
      if (!requireAdmin()) return LOCKED;
      try {
        const result = await deps.library.rollback();
        if (!(await showLibraryActive())) return { ok: false, message: 'Zurückgeschaltet, aber die Version ließ sich nicht laden.' };
        deps.log.info(`Verwaltung: zurück zu ${result.active.name}`);
        return { ok: true, message: 'Die vorige Version wird wieder gezeigt.' };
      } catch (error) {
        return { ok: false, message: `Zurückschalten nicht möglich: ${(error as Error).message}` };
      }
    },
    async adminChangePin(currentPin, newPin) {
      if (!requireAdmin()) return LOCKED;
      const settings = deps.settings();
      const correct = settings.adminPin ? await verifyPin(currentPin, settings.adminPin) : currentPin === INITIAL_ADMIN_PIN;
      if (!correct) return { ok: false, message: 'Die bisherige PIN ist nicht richtig.' };
      await deps.saveSettings({ ...settings, adminPin: await hashPin(newPin) });
      deps.log.info('Verwaltung: PIN geändert');
      return { ok: true, message: 'Die neue PIN gilt ab sofort.' };
    },
    async adminQuit() {
      if (!requireAdmin()) return LOCKED;
      if (!deps.quit) return { ok: false, message: 'In der Browser-Vorschau gibt es keinen Desktop zum Beenden.' };
      deps.log.info('Verwaltung: Kiosk beendet');
      setTimeout(() => deps.quit?.(), 200);
      return { ok: true, message: 'Der Kiosk wird beendet.' };
    },
  };
}
