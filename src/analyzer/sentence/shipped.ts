/**
 * The shipped sentence model for Node entries (pure API, CLI, scripts, tests): importing this module
 * provides the weights to ./model. The extension never imports it; its engine gets the same weights from
 * a script injected at idle (entrypoints/weights.ts), so the engine bundle stays small.
 */
import { provideShippedWeights, type WeightsFile } from './model';
import weights from './weights.json';

provideShippedWeights(weights as WeightsFile);

export { sentenceModel } from './model';
