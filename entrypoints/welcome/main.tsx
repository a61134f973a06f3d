/** The welcome page, opened once on install (entrypoints/background.ts). */
import { render } from 'preact';
import { WelcomeApp } from '../../src/ui/welcome/WelcomeApp';
import '../../src/ui/options/options.css';

const root = document.getElementById('app');
if (root) render(<WelcomeApp />, root);
