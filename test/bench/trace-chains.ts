/**
 * Generates the benchmark's synthetic cotton chains: ORDERS independent orders of the shape of the
 * package's example chain (three gins → spinning → weaving → cut-and-sew → packing → shipment to an
 * importer), 33 events and 7 lots each, with a seeded random number generator so every run writes the
 * same file. About 3% of gins are in Xinjiang; 1% of orders each carry an untraced input, a
 * mass-balance violation or a custody gap.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { mulberry32 } from '../support/mulberry32.js';

const CP = (n: number) => `95${String(n).padStart(5, '0')}`;
const loc = (n: number) => `urn:epc:id:sgln:${CP(n)}.00001.0`;
const pty = (n: number) => `urn:epc:id:pgln:${CP(n)}.00000`;
const GINS = 30;
const XJ_GINS = new Set([7, 21]);
const SPINNERS = 10;
const WEAVERS = 10;
const MAKERS = 20;
const IMPORTERS = 5;
const gin = (i: number) => 100 + i;
const spinner = (i: number) => 200 + i;
const weaver = (i: number) => 300 + i;
const maker = (i: number) => 400 + i;
const importer = (i: number) => 500 + i;

/** The master data of the benchmark chains. */
export function benchMasterData() {
  const parties: object[] = [];
  const facilities: object[] = [];
  const add = (n: number, country: string, subdivision: string, kind: string) => {
    parties.push({ id: pty(n), name: `Bench ${kind} ${n}`, country, subdivision });
    facilities.push({
      id: loc(n),
      partyId: pty(n),
      name: `Bench ${kind} ${n} site`,
      country,
      subdivision,
      kind,
    });
  };
  for (let i = 0; i < GINS; i += 1)
    add(gin(i), XJ_GINS.has(i) ? 'CN' : 'US', XJ_GINS.has(i) ? 'CN-XJ' : 'US-TX', 'gin');
  for (let i = 0; i < SPINNERS; i += 1) add(spinner(i), 'VN', 'VN-39', 'spinner');
  for (let i = 0; i < WEAVERS; i += 1) add(weaver(i), 'VN', 'VN-57', 'weaver');
  for (let i = 0; i < MAKERS; i += 1) add(maker(i), 'BD', 'BD-C', 'garment maker');
  for (let i = 0; i < IMPORTERS; i += 1) add(importer(i), 'US', 'US-NJ', 'importer');
  const products = [
    { id: 'urn:epc:idpat:sgtin:9500001.010001.*', name: 'Cotton lint', commodity: 'cotton-lint' },
    { id: 'urn:epc:idpat:sgtin:9500002.020001.*', name: 'Cotton yarn', commodity: 'yarn' },
    {
      id: 'urn:epc:idpat:sgtin:9500003.030001.*',
      name: 'Cotton fabric',
      commodity: 'fabric',
      massPerUnit: { MTR: '0.165' },
    },
    {
      id: 'urn:epc:idpat:sgtin:9500004.040001.*',
      name: 'Cotton shirt',
      commodity: 'garment',
      massPerUnit: { H87: '0.25' },
    },
  ];
  return { parties, facilities, products };
}

const random = mulberry32;

/** Writes ORDERS orders (33 events each) as EPCIS JSON Lines to `path`; returns the number of events. */
export function writeBenchChains(path: string, orders: number): number {
  const next = random(20261122);
  const fd = openSync(path, 'w');
  let buffer: string[] = [];
  let count = 0;
  const emit = (event: Record<string, unknown>) => {
    buffer.push(JSON.stringify(event));
    count += 1;
    if (buffer.length >= 5000) {
      writeSync(fd, `${buffer.join('\n')}\n`);
      buffer = [];
    }
  };
  const day0 = Date.UTC(2024, 9, 1);
  for (let k = 0; k < orders; k += 1) {
    const t = (days: number) =>
      new Date(day0 + (k % 200) * 3_600_000 + days * 86_400_000).toISOString().replace('.000Z', 'Z');
    let n = 0;
    const base = (type: string, days: number, extra: Record<string, unknown>) => {
      n += 1;
      emit({
        type,
        eventTime: t(days),
        eventTimeZoneOffset: '+00:00',
        eventID: `urn:uuid:bench-${k}-${n}`,
        ...extra,
      });
    };
    const q = (epcClass: string, quantity: number, uom = 'KGM') => ({ epcClass, quantity, uom });
    const obs = (
      days: number,
      where: number,
      quantity: object,
      bizStep: string,
      extra: Record<string, unknown> = {},
    ) =>
      base('ObjectEvent', days, {
        action: 'OBSERVE',
        bizStep,
        quantityList: [quantity],
        bizLocation: { id: loc(where) },
        ...extra,
      });
    const ship = (days: number, from: number, to: number, quantity: object) =>
      obs(days, from, quantity, 'shipping', {
        destinationList: [{ type: 'owning_party', destination: pty(to) }],
        bizTransactionList: [
          { type: 'po', bizTransaction: `urn:epcglobal:cbv:bt:${CP(to)}000000:PO-${k}-${n}` },
          { type: 'bol', bizTransaction: `urn:epcglobal:cbv:bt:${CP(from)}000000:BOL-${k}-${n}` },
        ],
      });
    const s = spinner(Math.floor(next() * SPINNERS));
    const w = weaver(Math.floor(next() * WEAVERS));
    const m = maker(Math.floor(next() * MAKERS));
    const other = maker((m - 400 + 1) % MAKERS);
    const imp = importer(Math.floor(next() * IMPORTERS));
    const lints = [0, 1, 2].map((i) => `urn:epc:class:lgtin:9500001.010001.K${k}-${i}`);
    const kgs = [0, 1, 2].map(() => 500 + Math.floor(next() * 1500));
    lints.forEach((lot, i) => {
      const g = gin(Math.floor(next() * GINS));
      base('ObjectEvent', 0, {
        action: 'ADD',
        bizStep: 'commissioning',
        quantityList: [q(lot, kgs[i] ?? 0)],
        bizLocation: { id: loc(g) },
      });
      obs(1, g, q(lot, kgs[i] ?? 0), 'inspecting');
      obs(2, g, q(lot, kgs[i] ?? 0), 'storing');
      ship(3, g, s, q(lot, kgs[i] ?? 0));
      obs(10, s, q(lot, kgs[i] ?? 0), 'receiving');
      obs(11, s, q(lot, kgs[i] ?? 0), 'storing');
    });
    const inputs = lints.map((lot, i) => q(lot, kgs[i] ?? 0));
    if (next() < 0.01) inputs.push(q(`urn:epc:class:lgtin:9509999.010001.U${k}`, 300));
    const totalIn = inputs.reduce((sum, x) => sum + x.quantity, 0);
    const yarn = `urn:epc:class:lgtin:9500002.020001.Y${k}`;
    const yarnKg = Math.floor(totalIn * 0.9);
    base('TransformationEvent', 12, {
      inputQuantityList: inputs,
      outputQuantityList: [q(yarn, yarnKg)],
      bizLocation: { id: loc(s) },
    });
    obs(13, s, q(yarn, yarnKg), 'inspecting');
    ship(14, s, w, q(yarn, yarnKg));
    obs(16, w, q(yarn, yarnKg), 'receiving');
    const fabric = `urn:epc:class:lgtin:9500003.030001.F${k}`;
    const violate = next() < 0.01;
    const metres = Math.floor(((yarnKg * (violate ? 1.2 : 0.97)) / 0.165) * 1) || 1;
    base('TransformationEvent', 18, {
      inputQuantityList: [q(yarn, yarnKg)],
      outputQuantityList: [q(fabric, metres, 'MTR')],
      bizLocation: { id: loc(w) },
    });
    obs(19, w, q(fabric, metres, 'MTR'), 'inspecting');
    ship(20, w, m, q(fabric, metres, 'MTR'));
    const gap = next() < 0.01;
    const cutAt = gap ? other : m;
    if (!gap) obs(24, m, q(fabric, metres, 'MTR'), 'receiving');
    else obs(24, cutAt, q(fabric, metres, 'MTR'), 'inspecting');
    const shirts = `urn:epc:class:lgtin:9500004.040001.G${k}`;
    const pieces = Math.floor((metres * 0.165 * 0.85) / 0.25);
    base('TransformationEvent', 26, {
      inputQuantityList: [q(fabric, metres, 'MTR')],
      outputQuantityList: [q(shirts, pieces, 'H87')],
      bizLocation: { id: loc(cutAt) },
    });
    obs(27, cutAt, q(shirts, pieces, 'H87'), 'inspecting');
    const box = `urn:epc:id:sscc:9500004.${String(k).padStart(10, '0')}`;
    base('AggregationEvent', 28, {
      parentID: box,
      childQuantityList: [q(shirts, pieces, 'H87')],
      action: 'ADD',
      bizStep: 'packing',
      bizLocation: { id: loc(cutAt) },
    });
    base('TransactionEvent', 29, {
      bizTransactionList: [
        { type: 'inv', bizTransaction: `urn:epcglobal:cbv:bt:${CP(cutAt)}000000:INV-${k}` },
      ],
      quantityList: [q(shirts, pieces, 'H87')],
      action: 'ADD',
      sourceList: [{ type: 'owning_party', source: pty(cutAt) }],
      destinationList: [{ type: 'owning_party', destination: pty(imp) }],
    });
    base('ObjectEvent', 30, {
      action: 'OBSERVE',
      bizStep: 'shipping',
      epcList: [box],
      bizLocation: { id: loc(cutAt) },
      destinationList: [{ type: 'owning_party', destination: pty(imp) }],
      bizTransactionList: [
        { type: 'bol', bizTransaction: `urn:epcglobal:cbv:bt:${CP(cutAt)}000000:BOL-${k}` },
      ],
    });
    base('ObjectEvent', 50, {
      action: 'OBSERVE',
      bizStep: 'receiving',
      epcList: [box],
      bizLocation: { id: loc(imp) },
    });
    base('AggregationEvent', 51, {
      parentID: box,
      childQuantityList: [q(shirts, pieces, 'H87')],
      action: 'DELETE',
      bizStep: 'unpacking',
      bizLocation: { id: loc(imp) },
    });
  }
  if (buffer.length > 0) writeSync(fd, `${buffer.join('\n')}\n`);
  closeSync(fd);
  return count;
}
