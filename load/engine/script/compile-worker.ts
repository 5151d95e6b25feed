/**
 * The compile worker: prepares one script (prepare.ts) off the engine's main
 * thread and posts the result; the thread, with esbuild and the parser it
 * loaded, ends right after.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { prepareScript } from './prepare.ts';

parentPort?.postMessage(await prepareScript(String(workerData)));
