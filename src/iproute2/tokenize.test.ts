import { describe, expect, it } from 'vitest';
import { tokenizeLine, type TokenizeResult } from './tokenize';

function words(r: TokenizeResult): string[][] {
  if (!r.ok) throw new Error(`unexpected error: ${r.error.message}`);
  return r.list.map((i) => i.command.argv);
}

describe('tokenizeLine', () => {
  it('splits on blanks and tabs', () => {
    expect(words(tokenizeLine('ip  rule\tadd pref 5'))).toEqual([['ip', 'rule', 'add', 'pref', '5']]);
  });
  it('removes single and double quotes and joins adjacent parts into one word', () => {
    expect(words(tokenizeLine(`echo 'a b' "c  d" e'f'"g"`))).toEqual([['echo', 'a b', 'c  d', 'efg']]);
  });
  it('keeps backslashes inside single quotes and only escapes \\ " $ ` inside double quotes', () => {
    expect(words(tokenizeLine(`echo 'a\\tb' "c\\d\\"e\\\\"`))).toEqual([['echo', 'a\\tb', 'c\\d"e\\']]);
  });
  it('lets a backslash escape a blank outside quotes and keeps a final backslash', () => {
    expect(words(tokenizeLine('echo e\\ f a\\'))).toEqual([['echo', 'e f', 'a\\']]);
  });
  it('ignores a comment that starts a word, but not a # inside a word', () => {
    expect(words(tokenizeLine('echo a#b # comment'))).toEqual([['echo', 'a#b']]);
    expect(words(tokenizeLine('   # only a comment'))).toEqual([]);
  });
  it('recognises the list operators ; && ||', () => {
    const r = tokenizeLine('false || echo a && echo b; echo c ;');
    expect(r.ok && r.list.map((i) => [i.op, i.command.argv[1] ?? i.command.argv[0]])).toEqual([
      [null, 'false'],
      ['||', 'a'],
      ['&&', 'b'],
      [';', 'c'],
    ]);
  });
  it('parses redirections with and without file descriptors', () => {
    const r = tokenizeLine('echo 100 vpn >> /etc/iproute2/rt_tables 2>/dev/null 2>&1');
    expect(r.ok && r.list[0].command).toEqual({
      argv: ['echo', '100', 'vpn'],
      redirections: [
        { fd: 1, op: '>>', target: '/etc/iproute2/rt_tables' },
        { fd: 2, op: '>', target: '/dev/null' },
        { fd: 2, op: '>&', target: '1' },
      ],
    });
  });
  it('reports an unterminated quote as dash does, with its column', () => {
    expect(tokenizeLine("echo 'abc")).toEqual({
      ok: false,
      error: { kind: 'syntax', column: 6, message: 'Unterminated quoted string' },
    });
  });
  it('reports pipelines, expansions and subshells as unsupported, with their column', () => {
    for (const [line, column] of [
      ['echo a | cat', 8],
      ['echo $HOME', 6],
      ['echo "$x"', 7],
      ['echo `date`', 6],
      ['(ip rule)', 1],
      ['sleep 1 &', 9],
    ] as const) {
      const r = tokenizeLine(line);
      expect(r.ok, line).toBe(false);
      if (!r.ok) {
        expect(r.error.kind, line).toBe('unsupported');
        expect(r.error.column, line).toBe(column);
      }
    }
  });
  it('takes a lone $ literally', () => {
    expect(words(tokenizeLine('echo $ a$'))).toEqual([['echo', '$', 'a$']]);
  });
  it('rejects an operator with no command before it', () => {
    expect(tokenizeLine('&& echo a').ok).toBe(false);
    expect(tokenizeLine('echo a &&').ok).toBe(false);
  });
});
