// Fonts come from npm and ship with the app: no network, no system-font surprises.
import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';
// Hebrew and Arabic content (bundles may offer `he` or `ar`); loaded only when such glyphs appear (unicode-range).
// Only the script subsets: Latin comes from Atkinson, and the tiny extra subsets would be inlined as data: URLs,
// which the renderer's CSP (font-src 'self') blocks.
import '@fontsource/noto-sans-hebrew/hebrew-400.css';
import '@fontsource/noto-sans-hebrew/hebrew-700.css';
import '@fontsource/noto-sans-arabic/arabic-400.css';
import '@fontsource/noto-sans-arabic/arabic-700.css';
import './styles/global.css';
import './styles/displayModes.css';
import { mount } from 'svelte';
import App from './App.svelte';

const target = document.getElementById('app');
if (!target) throw new Error('#app is missing from index.html');
mount(App, { target });
