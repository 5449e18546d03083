/** Syntax highlighting of script lines: a tiny tokenizer for the ip/sysctl language (no DOM). */

/** A token class. */
export type TokenKind =
  'comment' | 'command' | 'option' | 'object' | 'verb' | 'keyword' | 'value' | 'text' | 'space';

/** A run of characters of one class. */
export interface Token {
  kind: TokenKind;
  text: string;
}

const COMMANDS = new Set(['ip', 'sysctl', 'echo']);
const OBJECTS = /^(rule|ru|route|ro|r|link|l|address|addr|a|neighbour|neigh|n)$/;
const VERBS = /^(add|del|delete|change|replace|show|list|ls|get|flush|set|save|restore|append)$/;
const KEYWORDS = new Set([
  'from',
  'to',
  'iif',
  'oif',
  'fwmark',
  'mark',
  'tos',
  'dsfield',
  'dscp',
  'uidrange',
  'uid',
  'ipproto',
  'sport',
  'dport',
  'flowlabel',
  'l3mdev',
  'not',
  'lookup',
  'table',
  'goto',
  'nop',
  'pref',
  'priority',
  'order',
  'suppress_prefixlength',
  'suppress_ifgroup',
  'protocol',
  'proto',
  'via',
  'dev',
  'src',
  'metric',
  'scope',
  'type',
  'peer',
  'name',
  'up',
  'down',
  'group',
  'master',
  'nexthop',
  'weight',
  'onlink',
  'blackhole',
  'unreachable',
  'prohibit',
  'throw',
  'local',
  'default',
  'unicast',
  'broadcast',
  'multicast',
  'veth',
  'dummy',
  'bridge',
  'vrf',
  'nodad',
  'all',
]);

/** The tokens of one script line; concatenated, their texts give the line back. */
export function tokenizeLine(line: string): Token[] {
  const hash = line.search(/(^|\s)#/);
  const code = hash < 0 ? line : line.slice(0, hash + (line[hash] === '#' ? 0 : 1));
  const comment = hash < 0 ? '' : line.slice(code.length);
  const tokens: Token[] = [];
  let word = 0;
  for (const part of code.split(/(\s+)/)) {
    if (part === '') continue;
    if (/^\s+$/.test(part)) {
      tokens.push({ kind: 'space', text: part });
      continue;
    }
    const first = word === 0;
    word++;
    let kind: TokenKind = 'text';
    if (first && COMMANDS.has(part)) kind = 'command';
    else if (part.startsWith('-')) kind = 'option';
    else if (word <= 4 && OBJECTS.test(part) && tokens.some((t) => t.kind === 'command' && t.text === 'ip'))
      kind = 'object';
    else if (word <= 5 && VERBS.test(part)) kind = 'verb';
    else if (KEYWORDS.has(part)) kind = 'keyword';
    else if (/^[0-9a-fA-F.:/x-]+$/.test(part) && /\d/.test(part)) kind = 'value';
    tokens.push({ kind, text: part });
  }
  if (comment) tokens.push({ kind: 'comment', text: comment });
  return tokens;
}
