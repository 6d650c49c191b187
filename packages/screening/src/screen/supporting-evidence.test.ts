import { describe, expect, it } from 'vitest';
import type { LegalFormFamily } from '../data/legal-forms.js';
import { compareLegalForms } from './supporting-evidence.js';

describe('compareLegalForms', () => {
  it.each<[LegalFormFamily[], LegalFormFamily[], string, number]>([
    // A bare "Co." (company) is compatible with everything and is left out of the comparison.
    [['limited'], ['limited', 'company'], 'same', 0.02],
    [['corporation'], ['limited'], 'different', -0.02],
    [['company'], ['limited'], 'not-compared', 0],
    [[], ['limited'], 'not-compared', 0],
    [['limited', 'company'], ['company'], 'not-compared', 0],
    // One family in common is enough, wherever it stands.
    [['joint-stock', 'limited'], ['corporation', 'limited'], 'same', 0.02],
    [['limited', 'limited'], ['partnership'], 'different', -0.02],
  ])('%j and %j: %s', (a, b, verdict, adjustment) => {
    expect(compareLegalForms(a, b)).toEqual({ verdict, adjustment });
  });
});
