import type { BundleManifest } from '../src-shared/bundleSchema';

/** A bundle the kiosk can serve: its folder, validated manifest and where it came from. */
export interface ServedBundle {
  dir: string;
  manifest: BundleManifest;
  /** Library version name, or `built-in`. */
  version: string;
  /** Human-readable origin for the admin screen (folder or `.zip`). */
  source: string;
}

/** A checked, not yet activated bundle for the curator's preview; `dispose` removes temporary files. */
export interface CandidateBundle extends ServedBundle {
  sourceId: string;
  dispose: () => Promise<void>;
}

/**
 * What the kiosk shows: the active bundle (served under `/bundle/`), an optional candidate for the curator's
 * preview (under `/candidate/`), and notices for the admin screen. One instance per kiosk process; the request
 * handler asks it on every request, so a switch takes effect at once.
 */
export class Showing {
  #active: ServedBundle;
  #candidate: CandidateBundle | undefined;
  readonly #notices: string[] = [];
  /** Bumped on every switch so the renderer can notice a new bundle. */
  #generation = 0;

  constructor(initial: ServedBundle) {
    this.#active = initial;
  }

  get active(): ServedBundle {
    return this.#active;
  }
  get candidate(): CandidateBundle | undefined {
    return this.#candidate;
  }
  get generation(): number {
    return this.#generation;
  }
  /** Notices for the curator, oldest first, at most 50. */
  get notices(): readonly string[] {
    return this.#notices;
  }

  show(bundle: ServedBundle): void {
    this.#active = bundle;
    this.#generation += 1;
  }

  /** Replaces the preview candidate, removing the previous one's temporary files. */
  async setCandidate(candidate: CandidateBundle | undefined): Promise<void> {
    const previous = this.#candidate;
    this.#candidate = candidate;
    if (previous && previous !== candidate) await previous.dispose();
  }

  notice(message: string): void {
    this.#notices.push(message);
    if (this.#notices.length > 50) this.#notices.splice(0, this.#notices.length - 50);
  }
}
