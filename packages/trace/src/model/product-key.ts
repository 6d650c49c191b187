const LGTIN = /^urn:epc:class:lgtin:(\d+)\.(\d+)\.[^.]+$/;
const SGTIN = /^urn:epc:id:sgtin:(\d+)\.(\d+)\.[^.]+$/;
const DIGITAL_LINK = /^(https?:\/\/[^?#]*?)\/01\/(\d{14})(?:\/(?:10|21)\/[^?#]*)?(?:[?#].*)?$/;

/**
 * The product class a lot or item identifier belongs to: `urn:epc:class:lgtin:C.I.LOT` and
 * `urn:epc:id:sgtin:C.I.SERIAL` give the EPC pattern `urn:epc:idpat:sgtin:C.I.*`; a GS1 Digital Link
 * `https://id.gs1.org/01/<GTIN>/10/<lot>` gives `https://id.gs1.org/01/<GTIN>`. Other identifiers are
 * their own class (`undefined`).
 *
 * @example
 * ```ts
 * productClassOf('urn:epc:class:lgtin:9521004.020001.Y-0001'); // 'urn:epc:idpat:sgtin:9521004.020001.*'
 * ```
 */
export function productClassOf(id: string): string | undefined {
  const epc = LGTIN.exec(id) ?? SGTIN.exec(id);
  if (epc !== null) return `urn:epc:idpat:sgtin:${epc[1]}.${epc[2]}.*`;
  const link = DIGITAL_LINK.exec(id);
  if (link !== null) return `${link[1]}/01/${link[2]}`;
  return undefined;
}
