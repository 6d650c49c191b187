import { describe, expect, it } from 'vitest';
import { classifyCost, createCostClassifier, matchCostKeyword } from './classify-cost.js';
import { COST_KEYWORDS } from './cost-keywords.js';

describe('classifyCost: descriptions as they appear in records', () => {
  it.each([
    // Recruitment fees (ILO Definition para. 8)
    ['agency fee', 'recruitment-fee'],
    ['Agency Fees', 'recruitment-fee'],
    ['service charge', 'recruitment-fee'],
    ['placement fee', 'recruitment-fee'],
    ['processing fee', 'recruitment-fee'],
    ['commission to sub-agent', 'recruitment-fee'],
    ['Dalal', 'recruitment-fee'],
    ['yuran agensi', 'recruitment-fee'],
    ['phí dịch vụ', 'recruitment-fee'], // Vietnamese "service fee", accents removed
    // Related costs (para. 12)
    ['visa processing', 'administrative'],
    ['work permit', 'administrative'],
    ['Calling visa + stamping', 'administrative'],
    ['BMET smart card', 'administrative'],
    ['medical check-up', 'medical'],
    ['GAMCA medical', 'medical'],
    ['FOMEMA', 'medical'],
    ['insurance', 'insurance'],
    ['OWWA contribution', 'insurance'],
    ['pre-departure orientation', 'training-orientation'],
    ['PDOS', 'training-orientation'],
    ['skills test', 'skills-test'],
    ['trade test', 'skills-test'],
    ['air ticket', 'travel-lodging'],
    ['airfare', 'travel-lodging'],
    ['tiket pesawat', 'travel-lodging'],
    ['uniform', 'equipment'],
    // Illegitimate costs (para. 16)
    ['security deposit', 'deposit'],
    ['bond', 'bond'],
    ['guarantee money', 'collateral'],
    ['blank cheque as security', 'collateral'],
    ['tea money', 'bribe'],
    ['kickback', 'kickback'],
    // Not recruitment costs
    ['canteen food', 'not-recruitment-related'],
    ['hostel rent', 'not-recruitment-related'],
  ])('"%s" → %s', (description, category) => {
    expect(classifyCost(description).category).toBe(category);
  });

  it.each([
    ['recruitmnet fee', 'recruitment-fee'], // transposition
    ['insurence', 'insurance'],
    ['medicle check', 'medical'],
    ['comission', 'recruitment-fee'],
    ['orientaion', 'training-orientation'],
    ['depost', 'deposit'],
  ])('misspelt "%s" → %s (fuzzy)', (description, category) => {
    const result = classifyCost(description);
    expect(result.category).toBe(category);
    expect(['keyword', 'fuzzy-keyword']).toContain(result.source);
  });

  it('lets the more telling phrase win when a line names several things', () => {
    // A related cost beats a generic fee word; a fee naming the agent beats the item it paid for;
    // an illegitimate word always wins.
    expect(classifyCost('visa processing fee').category).toBe('administrative');
    expect(classifyCost('medical processing fee').category).toBe('medical');
    expect(classifyCost('agency fee incl. visa and ticket').category).toBe('recruitment-fee');
    expect(classifyCost('deposit for air ticket').category).toBe('deposit');
    expect(classifyCost('medical insurance').category).toBe('insurance');
  });

  it('prefers an exact word to a misspelling that collides with it', () => {
    // "broken" is one letter from "broker"; the exact "tool" decides.
    expect(classifyCost('broken tool charge').category).toBe('equipment');
    // "hostel" is one letter from "hotel"; the exact "hostel" (living cost) decides.
    expect(classifyCost('hostel').category).toBe('not-recruitment-related');
  });

  it('lets an explicit category override the description', () => {
    const result = classifyCost('misc', 'recruitment-fee');
    expect(result).toEqual({ category: 'recruitment-fee', group: 'recruitment-fee', source: 'stated' });
    expect(classifyCost('air ticket', 'administrative').category).toBe('administrative');
    // The concept is kept only when the table agrees with the stated category.
    expect(classifyCost('visa', 'administrative').concept).toBe('visa');
  });

  it('reports what it cannot classify instead of guessing', () => {
    expect(classifyCost('miscellaneous')).toEqual({ group: 'unclassified', source: 'none' });
    expect(classifyCost('')).toEqual({ group: 'unclassified', source: 'none' });
    expect(classifyCost('xyz 123').group).toBe('unclassified');
  });

  it('finds the concepts legal rules name as employer-paid (visa, air ticket)', () => {
    expect(matchCostKeyword('visa')?.concept).toBe('visa');
    expect(matchCostKeyword('air ticket')?.concept).toBe('air-ticket');
    expect(matchCostKeyword('Flight KTM-KUL')?.concept).toBe('air-ticket');
  });

  it('gives the same answers through the memoising classifier', () => {
    const classify = createCostClassifier();
    for (const description of ['agency fee', 'agency fee', 'GAMCA', 'misc'])
      expect(classify(description)).toEqual(classifyCost(description));
  });

  it('has no phrase listed twice for different categories', () => {
    const seen = new Map<string, string>();
    for (const k of COST_KEYWORDS) {
      const before = seen.get(k.phrase);
      if (before !== undefined) expect(before, k.phrase).toBe(k.category);
      seen.set(k.phrase, k.category);
    }
  });
});
