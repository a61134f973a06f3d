/** The options page entrypoint: mounts the Preact app (src/ui/options). Nothing here runs in mail tabs. */
import { render } from 'preact';
import { OptionsApp } from '../../src/ui/options/OptionsApp';
import '../../src/ui/options/options.css';

const root = document.getElementById('app');
if (root) render(<OptionsApp />, root);
