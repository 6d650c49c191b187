import { describe, expect, it } from 'vitest';
import { tidyListedName } from './tidy-listed-name.js';

describe('tidyListedName', () => {
  it('collapses spaces, removes spaces before commas and trailing commas', () => {
    expect(tidyListedName('  Hetian  Taida Apparel Co. , Ltd , ')).toBe('Hetian Taida Apparel Co., Ltd');
    expect(tidyListedName('The TNN Development Limited ')).toBe('The TNN Development Limited');
  });

  it('leaves a tidy name unchanged', () => {
    expect(tidyListedName('Aksu Huafu Color Spinning Co., Ltd.')).toBe('Aksu Huafu Color Spinning Co., Ltd.');
  });
});
