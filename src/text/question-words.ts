/**
 * Words of a question that are not what it is about; left out of the search terms ("on behalf of" too:
 * a preposition, which the wire writes "for"). Standard
 * English and Arabic, casual English, and the Gulf dialect's question words and fillers
 * (شو، ايش، وش، ويش، شنو، شنهي، وين، مين، منو، منهو، شلون، اشلون، ليش، كم، شكم، بكم، شقد، قديش، متى، امتى، صار، الحين …; بكم is "for how much", a price asked),
 * its requests (عطني، أبي أعرف: "give me", "I want to know"), its صج ("is it true that …", a yes-or-no question's opening), its conjunction عشان ("so that", "because"), its negative pronoun محد ("nobody") and its اكو، ماكو، مافي ("there is", "there is not"); the verb "do" (فعل, what the
 * dialect's سوّى is read as) as English "did", and the dialect's negation (مو، مب) as English "not", a stop word. The modal verbs ("can", "could",
 * "must", the dialect's أقدر، نقدر، ممكن، يمدي، لازم، المفروض) and the particle "up" ("end up") ask nothing, nor do "until" and "till" (a preposition, as "before" and "after" are stop words: "till what date" asks a date), nor the dialect's لين and لحد ("until"); the dialect's
 * preposition جنب ("next to") places, as English "near" would. The indefinite pronouns ("anywhere", "anyone", "somewhere") stand
 * for the fact asked, as "where" and "who" do ("will the pots be shown anywhere"), not for a word the wire writes.
 */
export const questionWords: readonly string[] = `
what whats did does do say said says saying about who whom whose when how why where which tell me us many much
any anything anywhere anyone anybody somewhere someone somebody latest news new recent update updates happened happen happening going on regarding
can could should might must shall up until till
al el behalf hows how'd what's whats wanna gonna know let lemme pls please hey there is are heard hear wonder wondering guess
ماذا ماذا قال قالت يقول تقول عن ما هل متى كيف لماذا أين اين من آخر اخر أخبار اخبار خبر حول بشأن جديد الجديد
حدث يحدث جرى يجري هو هي ماهي ماهو
أقدر اقدر نقدر يقدر تقدرون يقدرون ممكن جنب
شو ايش إيش اش وش شنو شنهو وين مين منو شلون ليش ليه كم بكم شكثر جم متى صار صارت صاروا صاير يصير تصير حصل شصار
ويش وشو أيش شنهي منهو منهي امتى إمتى اشلون شكم شقد شگد قديش عشان علشان لازم مفروض المفروض يمدي يمديني محد اكو ماكو مافي
وضع الوضع الحين عاد يعني بس هذي هاذي هذا اللي الي فيه في شي شيء ودي ابي ابغى أبي أبغى تعرف تقدر قولي خبرني
فعل فعلت فعلوا يفعل تفعل يفعلون مو مب لين لحد
عطني اعطني أعطني عطيني اعطيني عطنا أعرف اعرف صج
`.split(/\s+/).filter(Boolean);
