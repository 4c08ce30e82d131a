import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src-main/content/contentLocations';

const root = projectRoot(import.meta.url);
const config = parse(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;

describe('electron-builder configuration', () => {
  it('sets the security fuses', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
      enableCookieEncryption: true,
    });
  });
  it('packages the built app and ships the default content outside the asar', () => {
    expect(config.asar).toBe(true);
    expect(config.files).toContain('out/**');
    expect(config.extraResources).toEqual([{ from: 'content', to: 'content', filter: ['**/*'] }]);
    expect(existsSync(path.join(root, 'content'))).toBe(true);
  });
  it('has an icon of at least 512 × 512 px in build/', async () => {
    const metadata = await sharp(path.join(root, 'build', 'icon.png')).metadata();
    expect(metadata.width).toBeGreaterThanOrEqual(512);
    expect(metadata.height).toBe(metadata.width);
  });
});
