import { describe, expect, it } from 'vitest';
import { findWriterKey } from '../../src/dispatch/find-writer-key.js';

describe('findWriterKey', () => {
  it('keys the writer\'s initials, the first of the signature, the same in both scripts', () => {
    expect(findWriterKey('fr.ah')).toBe('^FR');
    expect(findWriterKey('ف ر / ع ح')).toBe(findWriterKey('fr.ah'));
    expect(findWriterKey('م ص / ف ع')).toBe(findWriterKey('ms.fa'));
    // English initials write ش as s
    expect(findWriterKey('ش ر / ع م')).toBe(findWriterKey('sr.gb'));
    expect(findWriterKey('ast.gb/ms')).toBe('^AST');
  });

  it('gives no key without initials, or for one letter', () => {
    expect(findWriterKey(null)).toBeNull();
    expect(findWriterKey(undefined)).toBeNull();
    expect(findWriterKey('x')).toBeNull();
  });
});
