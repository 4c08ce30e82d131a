/**
 * The derivative cache as the kiosk runtime uses it: the `/derived/` route for the active bundle and the preview
 * candidate, and background generation for whatever bundle is showing (at start-up and after every switch),
 * followed by pruning to what the installed versions still use. Never throws into the runtime: failures become
 * notices for the admin screen.
 */
import type { RequestHandler } from '../folderHandler';
import { createDerivativeCache, type DerivativeCache, type DerivativeProgress, type KeptBundle } from './derivativeCache';
import { createDerivedHandler, type ServedImages } from './derivedHandler';

/** Options of {@link createDerivativeService}. */
export interface DerivativeServiceOptions {
  /** `<dataDir>/derivatives`. */
  cacheDir: string;
  /** Images at a time. Default 2. */
  concurrency?: number;
  /** The bundle showing now (asked on every request). */
  bundle: () => ServedImages;
  /** The curator's preview candidate, if any. */
  candidate: () => ServedImages | undefined;
  /** Every bundle whose derivatives must survive pruning (installed versions, the showing one). */
  keep: () => Promise<KeptBundle[]>;
  /** A German message for the admin screen and the log. */
  notice: (message: string) => void;
  log: { info: (message: string) => void };
}

/** What the admin screen can show about background generation. */
export interface DerivativeStatus extends DerivativeProgress {
  /** The bundle folder being (or last) worked on. */
  bundleDir: string;
  running: boolean;
}

/** See {@link createDerivativeService}. */
export interface DerivativeService {
  readonly cache: DerivativeCache;
  /** Serves `/derived/…` (see `derivedHandler.ts` for the URL scheme). */
  readonly handler: RequestHandler;
  /** Starts background generation for `bundle` unless it is already done or running for this manifest. */
  follow(bundle: ServedImages): void;
  /** Progress of the latest background run, or `undefined` before the first. */
  status(): DerivativeStatus | undefined;
  /** Resolves when the current background run (if any) has finished. */
  idle(): Promise<void>;
  /** Stops background work (the runtime is closing); the route keeps answering from what is cached. */
  close(): void;
}

/** Creates the service; nothing runs until {@link DerivativeService.follow} is called. */
export function createDerivativeService(options: DerivativeServiceOptions): DerivativeService {
  const cache = createDerivativeCache({ cacheDir: options.cacheDir, concurrency: options.concurrency ?? 2 });
  let followed: ServedImages | undefined;
  let current: DerivativeStatus | undefined;
  let chain: Promise<void> = Promise.resolve();
  let closed = false;

  const generate = async (bundle: ServedImages) => {
    const started = Date.now();
    current = { bundleDir: bundle.dir, running: true, done: 0, total: 0, bytesDone: 0, bytesTotal: 0 };
    try {
      const result = await cache.ensureBundle(bundle.dir, bundle.manifest, (progress) => {
        current = { ...progress, bundleDir: bundle.dir, running: true };
      });
      for (const problem of result.problems) options.notice(`${problem.file ?? ''}: ${problem.message.de}`);
      if (result.generated > 0) {
        const seconds = Math.round((Date.now() - started) / 1000);
        const failed = result.failed > 0 ? `, ${result.failed} nicht lesbar (Platzhalter)` : '';
        options.log.info(`Bildgrößen berechnet: ${result.generated} von ${result.total} Bildern neu (${seconds} s), ${result.reused} aus dem Zwischenspeicher${failed}.`);
      }
      const pruned = await cache.prune(await options.keep());
      if (pruned.files > 0) options.log.info(`Zwischenspeicher der Bildgrößen aufgeräumt: ${pruned.files} Dateien, ${Math.round(pruned.bytes / 1024 / 1024)} MiB frei.`);
    } catch (error) {
      if (closed) return;
      options.notice(`Bildgrößen konnten nicht berechnet werden: ${(error as Error).message}. Die Bilder werden beim Anzeigen berechnet.`);
    } finally {
      if (current) current = { ...current, running: false };
    }
  };

  return {
    cache,
    handler: createDerivedHandler({ cache, bundle: options.bundle, candidate: options.candidate }),
    follow(bundle) {
      if (closed) return;
      if (followed && followed.dir === bundle.dir && followed.manifest === bundle.manifest) return;
      followed = bundle;
      // One run at a time: a switch during a run queues the new bundle behind it (its work is mostly cache hits).
      chain = chain.then(() => generate(bundle));
    },
    status: () => current,
    idle: () => chain,
    close: () => {
      closed = true;
      cache.close();
    },
  };
}
