/**
 * `ip rule show` and `ip -6 rule show` (text, `-d`, and `-j` JSON) into rules: each a priority and
 * the text after "PRIORITY:\t", as iproute2's print_rule writes it, with its place in the input.
 */
import { isJsonBlock, parseJsonObjects, word } from './json-block';
import type { Block, Located } from './types';
import { at, type Warnings } from './warnings';

/** A rule as `ip rule show` prints it: `pref` and the words after the tab. */
export interface RuleItem {
  pref: number;
  body: string;
}

/** The rules of a rule dump block, in dump order. */
export function parseRules(b: Block, warnings: Warnings): Located<RuleItem>[] {
  if (isJsonBlock(b)) return parseJsonRules(b, warnings);
  const out: Located<RuleItem>[] = [];
  b.lines.forEach((line, i) => {
    if (line.trim() === '' || /^\s*#/.test(line)) return;
    const m = /^(\d+):\s+(\S.*?)\s*$/.exec(line);
    const n = b.firstLine + i;
    if (!m || Number(m[1]) > 0xffffffff) {
      warnings.add(at(b.file, n), `not a rule line of ip rule show: ${JSON.stringify(line.slice(0, 60))}`);
      return;
    }
    out.push({
      value: { pref: Number(m[1]), body: m[2].replace(/\s+/g, ' ') },
      loc: at(b.file, n, line.indexOf(m[2], m[1].length) + 1),
    });
  });
  return out;
}

/** print_rule's JSON keys, in the order it prints them, as the text words they stand for. */
function ruleWords(o: Record<string, unknown>, unknown: string[]): string {
  const w: string[] = [];
  const prefix = (k: string) =>
    o[`${k}len`] !== undefined ? `${word(o[k])}/${word(o[`${k}len`])}` : word(o[k]);
  const range = (k: string) =>
    o[k] !== undefined ? word(o[k]) : `${word(o[`${k}_start`])}-${word(o[`${k}_end`])}`;
  for (const k of Object.keys(o)) {
    const v = o[k];
    switch (k) {
      case 'priority':
      case 'srclen':
      case 'dstlen':
      case 'fwmask':
      case 'uid_end':
      case 'sport_end':
      case 'dport_end':
      case 'flow_to':
        break;
      case 'not':
        w.push('not');
        break;
      case 'src':
        w.push('from', prefix('src'));
        break;
      case 'dst':
        w.push('to', prefix('dst'));
        break;
      case 'tos':
      case 'dsfield':
      case 'tun_id':
      case 'ipproto':
      case 'goto':
      case 'suppress_ifgroup':
        w.push(k, word(v));
        break;
      case 'fwmark':
        w.push('fwmark', o.fwmask !== undefined ? `${word(v)}/${word(o.fwmask)}` : word(v));
        break;
      case 'iif':
      case 'oif':
        w.push(k, word(v));
        break;
      case 'iif_detached':
      case 'oif_detached':
        w.push('[detached]');
        break;
      case 'l3mdev':
        w.push('lookup [l3mdev-table]');
        break;
      case 'uid_start':
        w.push('uidrange', `${word(v)}-${word(o.uid_end)}`);
        break;
      case 'sport':
      case 'sport_start':
        w.push('sport', range('sport'));
        break;
      case 'dport':
      case 'dport_start':
        w.push('dport', range('dport'));
        break;
      case 'table':
        w.push('lookup', word(v));
        break;
      case 'suppress_prefixlen':
        w.push('suppress_prefixlength', word(v));
        break;
      case 'unresolved':
        w.push('[unresolved]');
        break;
      case 'action':
        w.push(word(v));
        break;
      case 'flow_from':
        w.push('realms', o.flow_to !== undefined ? `${word(v)}/${word(o.flow_to)}` : word(v));
        break;
      case 'protocol':
        w.push('proto', word(v));
        break;
      default:
        unknown.push(k);
    }
  }
  if (o.flow_to !== undefined && o.flow_from === undefined) w.push('realms', word(o.flow_to));
  return w.join(' ');
}

function parseJsonRules(b: Block, warnings: Warnings): Located<RuleItem>[] {
  const out: Located<RuleItem>[] = [];
  for (const { o, loc } of parseJsonObjects(b, warnings)) {
    const pref = o.priority;
    if (typeof pref !== 'number') {
      warnings.add(loc, `JSON rule without a "priority": ${JSON.stringify(o).slice(0, 80)}`);
      continue;
    }
    const unknown: string[] = [];
    const body = ruleWords(o, unknown);
    if (unknown.length)
      warnings.add(loc, `rule ${pref}: unknown JSON field(s) ${unknown.join(', ')} not rebuilt`);
    out.push({ value: { pref, body }, loc });
  }
  return out;
}

/** A shown rule body as `ip rule add` arguments: the markers the kernel adds are dropped. */
export function ruleAddArgs(r: RuleItem): string {
  const body = r.body
    .replace(/ \[(detached|unresolved)\]/g, '')
    .replace(/ lookup \[l3mdev-table\]/, ' l3mdev')
    .replace(/ proto unspec\b/, '');
  return `pref ${r.pref} ${body}`;
}
