/** Words of a question that are not what it is about; left out of the search terms. */
export const questionWords: readonly string[] = `
what whats did does do say said says saying about who whom whose when how why where which tell me us many much
any anything latest news new recent update updates happened happen on regarding
ماذا ماذا قال قالت يقول تقول عن ما هل متى كيف لماذا أين اين من آخر اخر أخبار اخبار حول بشأن جديد
`.split(/\s+/).filter(Boolean);
