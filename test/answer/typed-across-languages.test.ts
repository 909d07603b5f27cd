import { describe, expect, it } from 'vitest';
import { askOnWire } from '../helpers/ask-on-wire.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const now = new Date('2026-03-12T08:00:00Z');
const ask = (wire: string, question: string) => askOnWire(tempDir(), wire, question, now);

// Our own sentences: road works told in Arabic with their length in the accusative (`18 شهرا`).
const ARABIC_WORKS = `التاريخ : 10/03/2026
الكويت - 10 - 3 (كونا) -- أعلنت وزارة الأشغال العامة اليوم الثلاثاء بدء أعمال صيانة الطريق الساحلي.(النهاية)
ع م / س ر

التاريخ : 10/03/2026
الكويت - 10 - 3 (كونا) -- قال مدير المشروع ل(كونا) إن أعمال صيانة الطريق ستستمر 18 شهرا.(النهاية)
ع م / س ر
`;

describe('a typed fact told in the other language', () => {
  it('answers an English "how long" from an Arabic length of time in the accusative', async () => {
    const result = await ask(ARABIC_WORKS, 'How long will the road maintenance works last?');
    expect(result.found).toBe(true);
    expect(result.citations[0]?.quote).toMatch(/18 شهرا/);
  });
});

// Two new clinics told in Arabic, placed by a dual construct (`في منطقتي …`, in the two areas of …).
const ARABIC_CLINICS = `التاريخ : 10/03/2026
الكويت - 10 - 3 (كونا) -- افتتحت وزارة الصحة اليوم الثلاثاء عيادتين جديدتين لطب الأسنان في منطقتي السلام والنور.(النهاية)
ع م / س ر
`;

describe('an Arabic noun of place in the dual or the plural', () => {
  it('answers an English "where" from an Arabic passage placing the fact in two governorates', async () => {
    const result = await ask(ARABIC_CLINICS, 'Where are the new dental clinics?');
    expect(result.found).toBe(true);
    expect(result.citations[0]?.quote).toMatch(/في منطقتي/);
  });
});
