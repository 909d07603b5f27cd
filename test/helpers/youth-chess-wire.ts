/** A chess tournament whose director says the winner goes on to a contest in Singapore, in both languages, and two
 * dispatches of other news, written for the tests of who said a thing. */
export const YOUTH_CHESS_WIRE = `Date : 05/05/2026
KUWAIT, May 5 (KUNA) -- Twelve clubs will play in the first national youth chess tournament at a hall in Salwa on Friday, the Kuwait Chess Federation said on Tuesday.
Tournament director Noura Al-Kandari told KUNA that the winner would represent Kuwait at an Asian youth chess contest in Singapore in August. (end)
ab.cd

Date : 05/05/2026
الكويت - 5 - 5 (كونا) -- قال الاتحاد الكويتي للشطرنج اليوم الثلاثاء إن 12 ناديا ستشارك في أول بطولة وطنية للشطرنج للناشئين في صالة بمنطقة سلوى يوم الجمعة.
وقالت مديرة البطولة نورة الكندري ل(كونا) إن الفائز سيمثل الكويت في بطولة آسيوية للناشئين في سنغافورة في أغسطس. (النهاية)
ab.cd

Date : 05/05/2026
KUWAIT, May 5 (KUNA) -- The Kuwait Municipality opened a new public park in Jabriya on Tuesday with a walking track and a playground. (end)
ab.cd

Date : 05/05/2026
KUWAIT, May 5 (KUNA) -- The Meteorological Department forecast dusty winds on Wednesday with visibility below one kilometre. (end)
ab.cd
`;
