import { Finding } from '@unforced/core';
import { bundledReferenceData } from '@unforced/reference-data';
import { describe, expect, it } from 'vitest';
import { createScreeningIndex } from '../index/create-screening-index.js';
import { uflpaScreeningList } from '../lists/uflpa-list.js';
import { screeningFindings } from './screening-findings.js';

const index = createScreeningIndex([uflpaScreeningList()])._unsafeUnwrap();
const edition = bundledReferenceData().editionOf('uflpaEntities');

describe('screeningFindings', () => {
  it('makes a UFLPA match a critical finding citing the rebuttable presumption', () => {
    const result = index.screen({ id: 'S-1', name: 'Xinjiang Huafu Textile Co., Ltd.' })._unsafeUnwrap();
    const [finding] = screeningFindings(result, { asOf: '2026-11-22' })._unsafeUnwrap();
    expect(Finding.safeParse(finding).success).toBe(true);
    expect(finding?.code).toBe('screening.uflpa.listed-entity');
    expect(finding?.severity).toBe('critical');
    expect(finding?.standards[0]?.standard).toBe('UFLPA');
    expect(finding?.standards[0]?.clause).toContain('Sec. 3');
    expect(finding?.message).toContain('rebuttable presumption');
    expect(finding?.provenance).toEqual({
      methodology: { id: 'unforced/screening', version: '0.1.0' },
      dataEditions: [edition],
    });
    expect(finding?.metrics.listEdition).toBe(edition?.edition);
    // Every word identical: observed. Due 7 days after 2026-11-22.
    expect(finding?.basis).toBe('observed');
    expect(finding?.confidence).toBe(1);
    expect(finding?.remediation?.dueDate).toBe('2026-11-29');
    expect(finding?.evidence[0]?.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('makes a potential match a lower-severity, inferred finding asking for review', () => {
    // The whole listed name inside a longer one, the listing covering subsidiaries: 0.88 × 1.
    const result = index
      .screen({ id: 'S-2', name: 'Xinjiang Production and Construction Corps First Division' })
      ._unsafeUnwrap();
    const [finding] = screeningFindings(result, { asOf: '2026-11-22' })._unsafeUnwrap();
    expect(Finding.safeParse(finding).success).toBe(true);
    expect(finding?.code).toBe('screening.uflpa.potential-match');
    expect(finding?.severity).toBe('high');
    expect(finding?.basis).toBe('inferred');
    expect(finding?.confidence).toBe(0.88);
    expect(finding?.remediation?.dueDate).toBe('2026-12-06'); // 14 days
    expect(finding?.remediation?.step).toBe('identify');
  });

  it('gives no finding for no match, and refuses a bad asOf', () => {
    const result = index.screen({ id: 'S-3', name: 'Acme Widgets GmbH' })._unsafeUnwrap();
    expect(screeningFindings(result, { asOf: '2026-11-22' })._unsafeUnwrap()).toEqual([]);
    expect(screeningFindings(result, { asOf: '2026-02-30' })._unsafeUnwrapErr().code).toBe('INVALID_DATE');
  });

  it('is byte-identical for the same input', () => {
    const run = () =>
      JSON.stringify(
        screeningFindings(index.screen({ id: 'S-4', name: '新疆华孚纺织有限公司' })._unsafeUnwrap(), {
          asOf: '2026-11-22',
        })._unsafeUnwrap(),
      );
    expect(run()).toBe(run());
    // Not an empty list compared with itself: 新疆华孚纺织有限公司 reads "xinjiang huafu textile" (limited),
    // every word of the listed "Xinjiang Huafu Textile Co., Ltd.", none left over: both coverages 1, score 1.
    const [first] = JSON.parse(run()) as Finding[];
    expect(first?.code).toBe('screening.uflpa.listed-entity');
    expect(first?.metrics.entryId).toBe('uflpa:xinjiang-huafu-textile-co-ltd');
    expect(first?.confidence).toBe(1);
  });
});
