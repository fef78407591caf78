/** The longest text of the user's quoted whole in a message. */
const QUOTED_LENGTH = 40;

/** What JSON.stringify leaves as it is but a terminal reads as a control or a line break. */
const UNSAFE = /[\u007f-\u009f\u2028\u2029]/g;

/**
 * Text from the user, quoted for a one-line message: escaped as JSON escapes it, and also past
 * JSON for DEL, the C1 controls and the Unicode line separators, so that nothing of it can
 * reach the terminal as a control; cut short.
 */
export function quote(text: string, longest = QUOTED_LENGTH): string {
  const short = text.length > longest ? `${text.slice(0, longest - 1)}…` : text;
  return JSON.stringify(short).replace(
    UNSAFE,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
