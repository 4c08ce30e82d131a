import { pick, seededRandom } from './seededRandom';

/** Segments that traversal attacks are built from: dot segments in many encodings, separators, NUL, drives. */
const ATTACK_SEGMENTS = [
  '..', '.', '%2e%2e', '%2E%2E', '.%2e', '%2e.', '%252e%252e', '%c0%ae%c0%ae', '..%00', '%00', '..%2f', '%2f',
  '%5c', '..%5c', '\\..', '..\\', 'C:', 'c:%5c', '', '~', '..;', '%u002e%u002e', '.../', '....', 'bilder',
  'geheim.txt', 'secret', '%2fetc%2fpasswd', 'bundle', '..%252f', '%e2%80%a5', '%ef%bc%8e%ef%bc%8e',
];
const TARGETS = ['geheim.txt', 'secret/geheim.txt', 'etc/passwd', 'geheim.txt%00.jpg', 'bilder/foto.jpg'];

/**
 * `count` generated URL paths (below the bundle prefix, not starting with `/`) that try to leave a bundle folder.
 * Deterministic for a given seed.
 */
export function generateTraversalPaths(count: number, seed = 1973): string[] {
  const random = seededRandom(seed);
  const paths: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const depth = 1 + Math.floor(random() * 6);
    const segments = Array.from({ length: depth }, () => pick(random, ATTACK_SEGMENTS));
    const separator = random() < 0.8 ? '/' : pick(random, ['%2f', '%5c', '\\', '//']);
    paths.push([...segments, pick(random, TARGETS)].join(separator));
  }
  return paths;
}
