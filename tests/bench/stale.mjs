// Whether dist/analyzer.mjs is older than src/ or rules/ (the same test bin/matchmail.mjs makes for the
// CLI), so the bench never times yesterday's analyzer.
import { ANALYZER_BUNDLE } from '../../scripts/build-cli.mjs';
import { bundleIsStale } from '../../scripts/bundle-stale.mjs';

export const analyzerIsStale = () => bundleIsStale(ANALYZER_BUNDLE);
