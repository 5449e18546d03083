/**
 * Turns a lookup trace (typed events from the engine) into plain sentences, one per event, in
 * the words a person debugging `ip rule` would use. The web app shows the same sentences beside
 * its animation; `rpdb trace` prints them.
 */
import { strerror } from '../engine/errors';
import type { LookupTrace, SelectorTest, TraceEvent } from '../engine/trace';
import { TABLE } from '../engine/model';

/** Names a rule by family and list index (its `ip rule show` line), and a table by id. */
export interface TraceNames {
  rule(family: 4 | 6, index: number): string;
  table(id: number): string;
}

const DEFAULT_NAMES: TraceNames = {
  rule: (_f, i) => `rule #${i + 1}`,
  table: (id) => (id === TABLE.MAIN ? 'main' : id === TABLE.LOCAL ? 'local' : id === TABLE.DEFAULT ? 'default' : String(id)),
};

function selector(t: SelectorTest): string {
  const rel = t.pass ? 'matches' : 'does not match';
  const base = `${t.selector} ${t.packet} ${rel} ${t.rule}`;
  return t.note ? `${base} (${t.note})` : base;
}

/** One sentence for one trace event. */
export function explainEvent(e: TraceEvent, names: TraceNames = DEFAULT_NAMES): string {
  switch (e.kind) {
    case 'stage':
      return capital(e.detail) + '.';
    case 'check':
      return `${capital(e.detail)}${e.pass ? '' : e.errno ? ` → ${strerror(e.errno)}` : ''}.`;
    case 'rule': {
      const head = `Rule ${e.pref} [${names.rule(e.family, e.index)}]`;
      if (e.tests.length === 0) return `${head} has no selector: it matches every packet${e.inverted ? ', and `not` makes it match none' : ''}.`;
      const failed = e.tests.find((t) => !t.pass);
      const why = failed ? selector(failed) : e.tests.map(selector).join(', ');
      const verdict = e.matched ? 'matches' : 'does not match';
      const inv = e.inverted ? ` (the selectors ${failed ? 'fail' : 'pass'}, and \`not\` inverts that)` : '';
      return `${head} ${verdict}: ${why}${inv}.`;
    }
    case 'goto':
      return e.resolved
        ? `Rule ${e.pref} jumps to the first rule with priority ${e.target}.`
        : `Rule ${e.pref} wants to jump to priority ${e.target}, but no rule has it: the goto is unresolved and skipped.`;
    case 'nop':
      return `Rule ${e.pref} is a nop: nothing happens, the walk goes on.`;
    case 'rule-action':
      return `Rule ${e.pref} is a ${e.action} rule: the lookup ends with "${strerror(e.errno)}".`;
    case 'table-missing':
      return `Rule ${e.pref} looks up table ${names.table(e.table)}, which does not exist: the walk goes on.`;
    case 'table-lookup': {
      const where = e.pref >= 0 ? `Rule ${e.pref} looks up table ${names.table(e.table)}` : `Table ${names.table(e.table)} is searched`;
      const skipped = e.candidates.filter((c) => c.outcome !== 'chosen' && c.outcome !== 'shorter-prefix');
      const beat = e.candidates.filter((c) => c.outcome === 'shorter-prefix').length;
      const skip = skipped.length ? ` (skipped: ${skipped.map((c) => `${c.route}: ${c.outcome.replaceAll('-', ' ')}`).join('; ')})` : '';
      switch (e.result) {
        case 'route':
          return `${where}: the longest matching prefix is ${e.prefix}/${e.prefixLen}${beat ? `, beating ${beat} shorter one${beat > 1 ? 's' : ''}` : ''}${skip}.`;
        case 'no-match':
          return `${where}: no route matches${skip}; the walk goes on.`;
        case 'throw':
          return `${where}: ${e.prefix}/${e.prefixLen} is a throw route: the lookup in this table fails and the walk goes on.`;
        case 'error':
          return `${where}: ${e.prefix}/${e.prefixLen} is a ${typeName(e.type)} route: "${strerror(e.errno ?? 0)}".`;
      }
      return where;
    }
    case 'suppress':
      return e.reason === 'prefixlength'
        ? `Rule ${e.pref}'s table chose ${e.prefix}/${e.prefixLen}, prefix length ${e.prefixLen} <= suppress_prefixlength ${e.threshold}: rejected, continue.`
        : `Rule ${e.pref}'s table chose ${e.prefix}/${e.prefixLen} through ${e.dev}, which is in group ${e.group} = suppress_ifgroup: rejected, continue.`;
    case 'continue':
      return `Rule ${e.pref} gave no answer (${e.why.replaceAll('-', ' ')}); the next rule is tried.`;
    case 'source':
      return `Source address ${e.address}: ${e.why}.`;
    case 'result':
      return e.errno ? `Verdict: ${e.text}.` : 'Verdict: the packet is routed as shown.';
  }
}

/** Every event of a trace as numbered sentences. */
export function explainTrace(trace: LookupTrace, names: TraceNames = DEFAULT_NAMES): string[] {
  return trace.events.map((e) => explainEvent(e, names));
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function typeName(t: number | undefined): string {
  return ['unspec', 'unicast', 'local', 'broadcast', 'anycast', 'multicast', 'blackhole', 'unreachable', 'prohibit', 'throw', 'nat', 'xresolve'][t ?? 0] ?? String(t);
}
