import {
  CANDIDATE_URL_PREFIX,
  type AdminLocked,
  type AdminOutcome,
  type AdminStatus,
  type KioskApi,
  type LibraryVersionInfo,
  type SourceCheck,
} from '../../src-shared/kioskApi';
import { localize } from '../../src-shared/localizedText';
import { PIN_PATTERN } from '../kiosk/adminPin';
import { SET_PIN_HINT } from '../kiosk/pinStore';
import { describeError } from '../fs/systemErrors';
import { LibraryError, type VersionSummary } from '../library/contentLibrary';
import type { KioskServiceDeps } from '../kioskServiceDeps';
import type { FoundSource } from './sourceFinder';

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

const LOCKED: AdminLocked = { ok: false, reason: 'locked', message: 'Der Verwaltungsbereich ist gesperrt. Bitte die PIN erneut eingeben.' };

/** The answer when a source fails its check: how many errors, and that nothing changed. */
function notTaken(errorCount: number): AdminOutcome {
  return { ok: false, reason: 'invalid-content', message: `Nicht übernommen: ${errorCount} Fehler. Die laufende Ausstellung bleibt unverändert.` };
}

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
        return { ok: false, reason: 'too-many-attempts', message: `Zu viele falsche Eingaben. Bitte ${Math.ceil(wait / 1000)} Sekunden warten.` };
      }
      // No PIN, no way in: a missing or damaged PIN file never falls back to a well-known default.
      const stored = await deps.pins.read();
      if (stored.state !== 'set') {
        const why = stored.state === 'missing' ? 'Für diesen Kiosk ist noch keine PIN eingerichtet.' : `Die PIN-Datei ist beschädigt: ${stored.reason}`;
        deps.log.warn(`Verwaltung gesperrt: ${why}`);
        return { ok: false, reason: 'no-pin', message: `${why} ${SET_PIN_HINT}` };
      }
      const correct = (await deps.pins.check(pin)) === 'correct';
      deps.session.recordAttempt(correct);
      if (!correct) deps.log.warn('Verwaltung: falsche PIN eingegeben');
      return correct
        ? { ok: true, message: 'Verwaltung geöffnet.' }
        : { ok: false, reason: 'wrong-pin', message: 'Die PIN ist nicht richtig. Bitte noch einmal versuchen.' };
    },
    async adminLock() {
      deps.session.lock();
      await deps.showing.setCandidate(undefined);
    },
    async adminStatus(): Promise<AdminStatus | AdminLocked> {
      if (!requireAdmin()) return LOCKED;
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
        canQuit: deps.quit !== undefined,
        imagePreparation: deps.imagePreparation(),
      };
    },
    async adminListSources() {
      if (!requireAdmin()) return LOCKED;
      const found = await deps.findSources();
      sources = new Map(found.map((source) => [source.id, source]));
      return found.map(({ id, label, kind, origin }) => ({ id, label, kind, origin }));
    },
    async adminCheckSource(sourceId): Promise<SourceCheck> {
      if (!requireAdmin()) return { ...LOCKED, errors: [], warnings: [] };
      const source = await sourceById(sourceId);
      if (!source) return { ok: false, reason: 'not-found', message: 'Diese Quelle ist nicht mehr da (Stick entfernt?).', errors: [], warnings: [] };
      const checked = await deps.checkSource(source.path);
      if (!checked.ok || !checked.folder || !checked.manifest) {
        await checked.dispose();
        return {
          ok: false,
          reason: 'invalid-content',
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
    async adminActivateSource(sourceId, replace) {
      if (!requireAdmin()) return LOCKED;
      const source = await sourceById(sourceId);
      if (!source) return { ok: false, reason: 'not-found', message: 'Diese Quelle ist nicht mehr da (Stick entfernt?).' };
      // Each file is checked once per activation: a zip when it is extracted and a workbook when it is imported (both
      // into a private folder, which cannot change before the copy), a folder inside the library's lock right before
      // copying.
      const extracted = source.kind === 'zip' || source.kind === 'spreadsheet' ? await deps.checkSource(source.path) : undefined;
      let errors = extracted?.errors ?? [];
      try {
        if (extracted && (!extracted.ok || !extracted.folder)) return notTaken(errors.length);
        const result = await deps.library.activate(extracted?.folder ?? source.path, {
          sourceLabel: source.path,
          allowOtherBundle: replace === true,
          validate: async (folder) => {
            if (extracted) return { ok: true, problems: [] };
            const checked = await deps.checkSource(folder);
            await checked.dispose();
            errors = checked.errors;
            return { ok: checked.ok, problems: checked.errors };
          },
        });
        if (!result.ok && result.otherBundle) {
          const { active, incoming } = result.otherBundle;
          return {
            ok: false,
            reason: 'other-bundle',
            message: `„${incoming.title}“ ist eine andere Ausstellung als die gezeigte „${active.title}“. Soll sie die gezeigte ersetzen? Die gezeigte bleibt für „Zurück“ erhalten.`,
          };
        }
        if (!result.ok) return notTaken(errors.length);
        if (!(await showLibraryActive())) return { ok: false, reason: 'failed', message: 'Übernommen, aber die neue Version ließ sich nicht laden.' };
        deps.log.info(`Verwaltung: „${source.label}“ als ${result.version.name} aktiviert`);
        return { ok: true, message: `„${result.version.title}“ wird jetzt gezeigt. Die vorige Version bleibt für „Zurück“ erhalten.` };
      } catch (error) {
        deps.log.warn(`Verwaltung: Aktivierung fehlgeschlagen: ${(error as Error).message}`);
        const why = error instanceof LibraryError ? error.message : describeError(error).de;
        return { ok: false, reason: 'failed', message: `Nicht übernommen: ${why} Die laufende Ausstellung bleibt unverändert.` };
      } finally {
        await deps.showing.setCandidate(undefined);
        await extracted?.dispose();
      }
    },
    async adminRollback() {
      if (!requireAdmin()) return LOCKED;
      try {
        const result = await deps.library.rollback();
        if (!(await showLibraryActive())) return { ok: false, reason: 'failed', message: 'Zurückgeschaltet, aber die Version ließ sich nicht laden.' };
        deps.log.info(`Verwaltung: zurück zu ${result.active.name}`);
        return { ok: true, message: 'Die vorige Version wird wieder gezeigt.' };
      } catch (error) {
        const why = error instanceof LibraryError ? error.message : describeError(error).de;
        return { ok: false, reason: 'failed', message: `Zurückschalten nicht möglich: ${why}` };
      }
    },
    async adminChangePin(currentPin, newPin) {
      if (!requireAdmin()) return LOCKED;
      if ((await deps.pins.check(currentPin)) !== 'correct') return { ok: false, reason: 'wrong-pin', message: 'Die bisherige PIN ist nicht richtig.' };
      if (!PIN_PATTERN.test(newPin)) return { ok: false, reason: 'failed', message: 'Die neue PIN muss aus 4 bis 8 Ziffern bestehen.' };
      await deps.pins.write(newPin);
      deps.log.info('Verwaltung: PIN geändert');
      return { ok: true, message: 'Die neue PIN gilt ab sofort.' };
    },
    async adminQuit() {
      if (!requireAdmin()) return LOCKED;
      if (!deps.quit) return { ok: false, reason: 'failed', message: 'In der Browser-Vorschau gibt es keinen Desktop zum Beenden.' };
      deps.log.info('Verwaltung: Kiosk beendet');
      setTimeout(() => deps.quit?.(), 200);
      return { ok: true, message: 'Der Kiosk wird beendet.' };
    },
  };
}
