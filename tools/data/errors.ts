/**
 * One error type for everything the data build refuses to do. The CLI prints `message` as is and
 * exits non-zero, so every message must say what is wrong, where (file, line, column) and how to
 * fix it. Anything else that escapes is a bug in the build, and the CLI says so.
 */
export interface ErrorPlace {
  /** Path as the user should see it (relative to --sources when possible). */
  file?: string;
  /** 1-based physical line in the file. */
  line?: number;
  column?: string;
  /** What to do about it. */
  fix?: string;
}

export class BuildError extends Error {
  readonly place: ErrorPlace;

  constructor(what: string, place: ErrorPlace = {}) {
    super(formatMessage(what, place));
    this.name = 'BuildError';
    this.place = place;
  }
}

function formatMessage(what: string, { file, line, column, fix }: ErrorPlace): string {
  const where = [file, line !== undefined ? `line ${line}` : undefined, column !== undefined ? `column "${column}"` : undefined]
    .filter(Boolean)
    .join(', ');
  return [what, where && `  where: ${where}`, fix && `  fix:   ${fix}`].filter(Boolean).join('\n');
}
