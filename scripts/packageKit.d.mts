// Types for packageKit.mjs (plain JavaScript so `npm run package` needs no TypeScript runner).
export declare const DEFAULT_TARGETS: Record<'win32' | 'linux' | 'darwin', string[]>;
export declare function electronVersion(root: string): string;
export declare function electronChecksums(root: string): Record<string, string>;
export declare function sha256OfFile(file: string): Promise<string>;
export declare function checkElectronZip(input: {
  file: string;
  sha256: string;
  checksums: Record<string, string>;
  version: string;
}): { ok: true; platform: 'win32' | 'linux' | 'darwin'; arch: string } | { ok: false; message: string };
export declare function builderArguments(input: {
  platform: string;
  arch: string;
  targets: string[];
  electronDist: string;
  version: string;
  output?: string;
}): string[];
export declare function missingNativePackages(root: string, platform: string, arch: string): string[];
