import { createRiskModel } from '@unforced/risk';
import { createScreeningIndex, screeningFindings, uflpaScreeningList } from '@unforced/screening';
import { describe, expect, it } from 'vitest';

// The risk model never imports the check packages; it reads the core Finding contract. Here the real
// screening package produces the findings, and the model must keep a UFLPA-listed supplier critical
// whatever mitigations are in force.
describe('risk consumes screening findings', () => {
  it('a supplier on the UFLPA Entity List stays critical with every mitigation', () => {
    const asOf = '2026-11-22';
    const index = createScreeningIndex([uflpaScreeningList()])._unsafeUnwrap();
    const screened = index
      .screen({ id: 'SUP-CN-042', name: 'Hotan Taida Apparel Company Limited' })
      ._unsafeUnwrap();
    const findings = screeningFindings(screened, { asOf })._unsafeUnwrap();
    expect(findings.some((f) => f.severity === 'critical')).toBe(true);
    const mitigations = (
      ['independent-audit', 'certified-recruiter', 'grievance-channel', 'fee-repayment'] as const
    ).map((kind, n) => ({ id: `M-${n}`, supplierId: 'SUP-CN-042', kind, since: '2026-10-01' }));
    const model = createRiskModel()._unsafeUnwrap();
    const supplier = {
      id: 'SUP-CN-042',
      name: 'Hotan Taida Apparel Company Limited',
      country: 'CN',
      sector: 'garments',
    };
    const a = model
      .assess({ supplier, findings, mitigations, checks: [{ area: 'screening', runOn: asOf }] }, asOf)
      ._unsafeUnwrap();
    expect(a.tier).toBe('critical');
    expect(a.floor?.reasons.some((r) => r.includes('screening'))).toBe(true);
    expect(a.provenance.evidenceMethodologies.map((m) => m.id)).toContain('unforced/screening');
    // Without the findings the same supplier, same mitigations, is not critical: the floor comes from them.
    expect(model.assess({ supplier, mitigations }, asOf)._unsafeUnwrap().tier).not.toBe('critical');
  });
});
