/** The engine's Web Worker: exposes one `EngineApi` object to the page with Comlink. */
import { expose } from 'comlink';
import { createEngineApi } from './engine-api';

expose(createEngineApi());
