// Compares by UTF-16 code units; one implementation for the build scripts and the package (src/sort).
export { compareStrings } from '../../src/sort/compare-strings.js';
