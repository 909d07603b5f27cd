import { describe, expect, it } from 'vitest';
import { findEntities } from '../../src/text/find-entities.js';

describe('gazetteer: Kuwait governorates as the wire and its readers write them', () => {
  it('reads the Gulf spelling of Jahra without its hamza as Jahra', () => {
    expect(findEntities('كم غرامة الشاحنة بطريق الجهرا')).toEqual(['jahra']);
    expect(findEntities('زحام في محافظة الجهراء')).toEqual(['jahra']);
  });

  it('knows the Capital governorate, which the six governorates lacked', () => {
    expect(findEntities('أزالت البلدية 40 لوحة في محافظة العاصمة')).toEqual(['capital-governorate']);
    expect(findEntities('patrols in the Capital Governorate')).toEqual(['capital-governorate']);
  });
});
