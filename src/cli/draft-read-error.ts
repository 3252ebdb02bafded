/** A draft file that cannot be read: the message names the file and says why. */
export class DraftReadError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = "DraftReadError";
  }
}
