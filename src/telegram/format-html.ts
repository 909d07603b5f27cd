/** Escapes text for Telegram's HTML parse mode; every dynamic string goes through it. */
export function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}
