import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const packages = readdirSync(`${root}packages`).filter((name) =>
  existsSync(`${root}packages/${name}/README.md`),
);

function typeScriptBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');
}

/** Type-checks code as a module of the workspace, with `@unforced/*` resolved to the package sources. */
function diagnosticsOf(code: string, name: string): string[] {
  const fileName = `${root}test/docs/__${name}.ts`;
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    noUncheckedIndexedAccess: true,
    exactOptionalPropertyTypes: true,
    skipLibCheck: true,
    noEmit: true,
    types: ['node'],
    baseUrl: root,
    paths: { '@unforced/*': ['packages/*/src/index.ts'] },
  };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  host.readFile = (file) => (file === fileName ? code : readFile(file));
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (file) => file === fileName || fileExists(file);
  const program = ts.createProgram([fileName], options, host);
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file?.fileName === fileName)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('package README examples compile', () => {
  it('the checker itself reports errors (so a passing example means something)', () => {
    expect(
      diagnosticsOf(
        "import { notExported } from '@unforced/core';\nconst n: number = 'x';\nexport {};\n",
        'bad',
      ),
    ).toHaveLength(2);
  }, 60_000);

  for (const name of packages) {
    const blocks = typeScriptBlocks(readFileSync(`${root}packages/${name}/README.md`, 'utf8'));
    it(`${name}: has an example and it type-checks`, () => {
      expect(blocks.length).toBeGreaterThan(0);
      blocks.forEach((block, index) => {
        expect(diagnosticsOf(`${block}\nexport {};\n`, `${name}-${index}`)).toEqual([]);
      });
    }, 60_000);
  }
});
