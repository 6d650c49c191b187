import { defineConfig } from 'tsup';
import base from '../../tsup.base';

/** The shared build, on the Node platform: the server uses node:http, node:crypto and node:net. */
export default defineConfig({ ...base, platform: 'node' });
