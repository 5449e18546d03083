/** What one command line of a script produced: the format of `rpdb run --json` and of the corpus. */
export interface CommandRecord {
  /** 1-based line number in the script. */
  line: number;
  /** The line as written. */
  command: string;
  /** Exit status: 0 where the real command succeeds. */
  status: number;
  stdout: string;
  stderr: string;
}
