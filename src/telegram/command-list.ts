import type { Translate } from './create-i18n.js';

/** The commands in the menu, in order; each one's description is `command-<name>` in the Fluent files. */
export const COMMANDS = ['start', 'help', 'ask', 'latest', 'search', 'digest', 'story', 'subscribe', 'unsubscribe', 'follow', 'unfollow', 'topics', 'settings', 'lang'] as const;

/** The menu as Telegram's setMyCommands takes it, in one language. */
export function commandMenu(t: Translate): Array<{ command: string; description: string }> {
  return COMMANDS.map((command) => ({ command, description: t(`command-${command}`) }));
}

/** The menu as lines of text, for hints. */
export function commandList(t: Translate): string {
  return commandMenu(t)
    .map((c) => `/${c.command}: ${c.description}`)
    .join('\n');
}
