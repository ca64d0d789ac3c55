// Entry point of a batch worker thread: piscina calls the default export once per file.
import { tidyOrReport } from './crashed-outcome.js';

export default tidyOrReport;
