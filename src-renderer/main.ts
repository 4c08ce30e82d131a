// Fonts come from npm and ship with the app: no network, no system-font surprises.
import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';
// Hebrew and Arabic content (bundles may offer `he` or `ar`); loaded only when such glyphs appear (see the file).
import './styles/scriptFonts.css';
import './styles/global.css';
import './styles/typeScale.css';
import './styles/displayModes.css';
import { mount } from 'svelte';
import App from './App.svelte';
import { lockDownBrowser } from './lib/kiosk/browserLockDown';

const target = document.getElementById('app');
if (!target) throw new Error('#app is missing from index.html');
// In the browser route there is no Electron window to block the browser's menus and zoom: the page does it.
lockDownBrowser(window);
mount(App, { target });
