import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { addCodedIssue } from './coded-issue.js';
import { validate } from './validate.js';

const Batch = z.object({ limit: z.number(), names: z.array(z.string()) }).superRefine((batch, ctx) => {
  if (batch.names.length > batch.limit) addCodedIssue(ctx, 'OUT_OF_RANGE', 'too many names');
  batch.names.forEach((name, index) => {
    if (name.trim() === '') addCodedIssue(ctx, 'NAME_NOT_SCREENABLE', 'the name is empty', ['names', index]);
  });
});

describe('addCodedIssue', () => {
  it('reports the code on the refined value, or at the path given below it', () => {
    const error = validate(Batch, { limit: 1, names: ['Acme', ' '] }, ['input'])._unsafeUnwrapErr();
    expect(error.issues).toEqual([
      { code: 'OUT_OF_RANGE', message: 'too many names', path: ['input'] },
      { code: 'NAME_NOT_SCREENABLE', message: 'the name is empty', path: ['input', 'names', 1] },
    ]);
  });
});
