import { describe, expect, it } from 'vitest';
import { expandQuery } from '../../src/text/expand-query.js';

describe('a dialect filler that is also a short form of a name', () => {
  it('is read as the filler in a question: `آخر شي` asks for the latest, not about a person', () => {
    const query = expandQuery('شنو آخر شي عن معرض السيارات القديمة؟');
    expect(query.entities).not.toContain('xi-jinping');
    expect(query.groups.flat(2)).not.toContain('xi');
  });

  it('leaves the name found by its longer forms, and in English', () => {
    expect(expandQuery('ماذا قال شي جين بينغ عن التجارة؟').entities).toContain('xi-jinping');
    expect(expandQuery('what did Xi say about trade?').entities).toContain('xi-jinping');
  });
});
