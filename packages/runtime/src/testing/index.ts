export { ManualClock, SequentialIds } from './manual-clock.js';
