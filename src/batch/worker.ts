// Entry point of a batch worker thread: piscina calls the default export once per file.
import { processFile } from './process-file.js';

export default processFile;
