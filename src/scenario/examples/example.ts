/** What a built-in example is: a script with the words that introduce it. */
export interface Example {
  /** Stable id, used in the example picker and in tests. */
  id: string;
  title: string;
  /** What the scenario is, in one or two sentences. */
  description: string;
  /** What it teaches: the kernel behaviour to watch for. */
  lesson: string;
  /** The script; its `ip route get` lines are the suggested probes. */
  script: string;
}
