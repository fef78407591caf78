/**
 * Thrown by a command once its output is written, when the answer is "they differ": the
 * program then exits with code 1, as `diff` does.
 */
export class Differ extends Error {
  constructor() {
    super('the answers differ');
    this.name = 'Differ';
  }
}
