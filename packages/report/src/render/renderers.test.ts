import { testRenderer } from '../testing/test-renderer.js';
import { REPORT_FORMATS } from './renderers.js';

for (const format of REPORT_FORMATS) testRenderer(format);
