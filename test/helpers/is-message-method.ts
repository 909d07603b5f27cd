/** Bot API methods that send a message: the ones Telegram's limits count (sendChatAction is not one). */
export const isMessageMethod = (method: string) => /^(send(?!ChatAction)|copyMessage|forwardMessage)/.test(method);
