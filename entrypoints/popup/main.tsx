/** The toolbar popup (the manifest's action.default_popup). */
import { render } from 'preact';
import { PopupApp } from '../../src/ui/popup/PopupApp';
import '../../src/ui/options/options.css';

const root = document.getElementById('app');
if (root) render(<PopupApp />, root);
