/**
 * How iptables fails: xtables_error(PARAMETER_PROBLEM, ...) prints "PROG v1.8.9 (nf_tables): MSG"
 * and the try-help line, exit 2; the kernel/libnftnl failures print other texts with statuses 1,
 * 3 and 4. The parser throws NfError internally; iptablesMain turns it into output.
 */

/** An iptables failure: its exact stderr text (without the program prefix) and exit status. */
export class NfError extends Error {
  readonly status: number;
  /** 'param': "PROG v1.8.9 (nf_tables): MSG\nTry ..."; 'plain': "PROG: MSG"; 'raw': MSG as is; 'other': "PROG v1.8.9 (nf_tables): MSG" only. */
  readonly kind: 'param' | 'plain' | 'raw' | 'other';
  constructor(kind: 'param' | 'plain' | 'raw' | 'other', message: string, status: number) {
    super(message);
    this.kind = kind;
    this.status = status;
  }
}

/** xtables_error(PARAMETER_PROBLEM, msg): exit 2 with the try-help line. */
export function paramError(message: string): NfError {
  return new NfError('param', message, 2);
}

/** The stderr text an NfError prints for program `prog` (iptables or ip6tables). */
export function formatNfError(e: NfError, prog: string): string {
  const head = `${prog} v1.8.9 (nf_tables): `;
  switch (e.kind) {
    case 'param':
      return `${head}${e.message}\nTry \`${prog} -h' or '${prog} --help' for more information.\n`;
    case 'plain':
      return `${prog}: ${e.message}\n`;
    case 'other':
      return `${head}${e.message}\n`;
    default:
      return e.message;
  }
}

/** nft_strerror's "No chain/target/match by that name." (exit 1). */
export function noChainError(): NfError {
  return new NfError('plain', 'No chain/target/match by that name.', 1);
}
