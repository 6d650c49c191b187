const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes XML character and entity references (`&amp;`, `&#x4E2D;`, `&#20013;`). */
export function decodeXmlText(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (whole, ref: string) => {
    if (ref.startsWith('#x')) return String.fromCodePoint(Number.parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(Number.parseInt(ref.slice(1), 10));
    return ENTITIES[ref] ?? whole;
  });
}

/** The value of an attribute in an XML start tag, decoded; `undefined` when absent. */
export function xmlAttribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return match?.[1] === undefined ? undefined : decodeXmlText(match[1]);
}

/** The concatenated text of every `<t>` element in a fragment (rich-text runs included). */
export function textRuns(fragment: string): string {
  let text = '';
  for (const match of fragment.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g))
    text += decodeXmlText(match[1] ?? '');
  return text;
}
