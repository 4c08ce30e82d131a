// Module hook for the smoke start: `electron` resolves to the recorded stand-in; everything else resolves as Node
// does, from the packaged app's own node_modules (a module missing from the package fails to load).
import { register } from 'node:module';

register(
  'data:text/javascript,' +
    encodeURIComponent(`
      const standIn = ${JSON.stringify(new URL('./electronStandIn.mjs', import.meta.url).href)};
      export async function resolve(specifier, context, next) {
        if (specifier === 'electron') return { url: standIn, shortCircuit: true };
        return next(specifier, context);
      }
    `),
);
