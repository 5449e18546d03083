/**
 * iproute2's output layer (lib/json_print.c, lib/json_writer.c, lib/color.c): every value goes
 * through print_<type>(PRINT_FP|PRINT_JSON|PRINT_ANY, key, fmt, value), which writes the text
 * form with `fmt` or a JSON member, so one printing routine serves `ip` and `ip -j [-p]`.
 */
import type { CommandOutput } from './context';
import { sprintf1 } from './sprintf';

/** enum output_type. */
export const PRINT_FP = 1;
/** enum output_type. */
export const PRINT_JSON = 2;
/** enum output_type. */
export const PRINT_ANY = 4;

/** Colour attributes (enum color_attr) that ip uses. */
export type ColorAttr = 'none' | 'ifname' | 'mac' | 'inet' | 'inet6' | 'up' | 'down';

// color.c, light palette: ifname cyan, mac yellow, inet magenta, inet6 blue, up green, down red.
const COLOR_CODE: Record<ColorAttr, string> = {
  none: '',
  ifname: '\x1b[36m',
  mac: '\x1b[33m',
  inet: '\x1b[35m',
  inet6: '\x1b[34m',
  up: '\x1b[32m',
  down: '\x1b[31m',
};
const COLOR_CLEAR = '\x1b[0m';

/** ifa_family_color(): the colour of an address of `family` (AF_INET 2, AF_INET6 10). */
export function ifaFamilyColor(family: number): ColorAttr {
  return family === 2 ? 'inet' : family === 10 ? 'inet6' : 'none';
}

/** json_writer.c's jsonw_puts escaping. */
function jsonString(s: string): string {
  let r = '"';
  for (const c of s) {
    if (c === '\t') r += '\\t';
    else if (c === '\n') r += '\\n';
    else if (c === '\r') r += '\\r';
    else if (c === '\f') r += '\\f';
    else if (c === '\b') r += '\\b';
    else if (c === '\\') r += '\\\\';
    else if (c === '"') r += '\\"';
    else r += c;
  }
  return `${r}"`;
}

/** json_writer_t: streaming JSON with iproute2's separators and pretty layout. */
class JsonWriter {
  private depth = 0;
  private sep = '';
  private readonly write: (s: string) => void;
  private readonly pretty: boolean;

  constructor(write: (s: string) => void, pretty: boolean) {
    this.write = write;
    this.pretty = pretty;
  }

  private eol(): void {
    if (this.pretty) this.write(`\n${'    '.repeat(this.depth)}`);
  }

  private eor(): void {
    if (this.sep !== '') this.write(this.sep);
    this.sep = ',';
  }

  private begin(c: string): void {
    this.eor();
    this.write(c);
    this.depth++;
    this.sep = '';
  }

  private end(c: string): void {
    this.depth--;
    if (this.sep !== '') this.eol();
    this.write(c);
    this.sep = ',';
  }

  name(key: string): void {
    this.eor();
    this.eol();
    this.sep = '';
    this.write(`${jsonString(key)}:${this.pretty ? ' ' : ''}`);
  }

  raw(text: string): void {
    this.eor();
    this.write(text);
  }

  startObject(): void {
    this.begin('{');
  }

  endObject(): void {
    this.end('}');
  }

  startArray(): void {
    this.begin('[');
    if (this.pretty) this.write(' ');
  }

  endArray(): void {
    if (this.pretty && this.sep !== '') this.write(' ');
    this.sep = '';
    this.end(']');
  }
}

/** Options of the printer: ip's `-j`, `-p` and `-c` flags. */
export interface PrinterOptions {
  json: boolean;
  pretty: boolean;
  color: boolean;
}

/** The json_print.c state of one command: text or JSON output, to one CommandOutput. */
export class IpPrinter {
  private jw: JsonWriter | null = null;
  private readonly out: CommandOutput;
  private readonly opts: PrinterOptions;

  constructor(out: CommandOutput, opts: PrinterOptions) {
    this.out = out;
    this.opts = opts;
  }

  /** is_json_context(). */
  get isJson(): boolean {
    return this.jw !== null;
  }

  /** new_json_obj(json): with `-j`, starts the top-level array. */
  newJsonObj(): void {
    if (this.opts.json) {
      this.jw = new JsonWriter((s) => this.out.out(s), this.opts.pretty);
      this.jw.startArray();
    }
  }

  /** delete_json_obj(): ends the top-level array and the line. */
  deleteJsonObj(): void {
    if (this.jw) {
      this.jw.endArray();
      this.out.out('\n');
      this.jw = null;
    }
  }

  /** open_json_object(key). */
  openJsonObject(key: string | null = null): void {
    if (!this.jw) return;
    if (key !== null) this.jw.name(key);
    this.jw.startObject();
  }

  /** close_json_object(). */
  closeJsonObject(): void {
    this.jw?.endObject();
  }

  /** open_json_array(type, key): only the JSON side (text callers print their own lead-in). */
  openJsonArray(key: string | null = null): void {
    if (!this.jw) return;
    if (key !== null) this.jw.name(key);
    this.jw.startArray();
  }

  /** close_json_array(). */
  closeJsonArray(): void {
    this.jw?.endArray();
  }

  private jsonContext(type: number): boolean {
    return this.jw !== null && (type & (PRINT_JSON | PRINT_ANY)) !== 0;
  }

  private fpContext(type: number): boolean {
    return this.jw === null && (type & (PRINT_FP | PRINT_ANY)) !== 0;
  }

  private text(color: ColorAttr, s: string): void {
    if (this.opts.color && color !== 'none') this.out.out(COLOR_CODE[color] + s + COLOR_CLEAR);
    else this.out.out(s);
  }

  private jsonMember(key: string | null, literal: string): void {
    if (key !== null) this.jw!.name(key);
    this.jw!.raw(literal);
  }

  /** print_color_string(). */
  printColorString(type: number, color: ColorAttr, key: string | null, fmt: string, value: string): void {
    if (this.jsonContext(type)) this.jsonMember(key, jsonString(value));
    else if (this.fpContext(type)) this.text(color, sprintf1(fmt, value));
  }

  /** print_string(). */
  printString(type: number, key: string | null, fmt: string, value: string): void {
    this.printColorString(type, 'none', key, fmt, value);
  }

  /** print_uint() / print_u64() / print_int(): a JSON number. */
  printNumber(type: number, key: string | null, fmt: string, value: number | bigint): void {
    if (this.jsonContext(type)) this.jsonMember(key, BigInt(value).toString());
    else if (this.fpContext(type)) this.text('none', sprintf1(fmt, value));
  }

  /** print_uint(). */
  printUint(type: number, key: string | null, fmt: string, value: number): void {
    this.printNumber(type, key, fmt, value >>> 0);
  }

  /** print_int(). */
  printInt(type: number, key: string | null, fmt: string, value: number): void {
    this.printNumber(type, key, fmt, value | 0);
  }

  /** print_u64(). */
  printU64(type: number, key: string | null, fmt: string, value: bigint): void {
    this.printNumber(type, key, fmt, value);
  }

  /** print_0xhex(): text with `fmt`, JSON as the string "%#llx". */
  print0xhex(type: number, key: string | null, fmt: string, value: number | bigint): void {
    if (this.jsonContext(type)) this.jsonMember(key, jsonString(sprintf1('%#llx', value)));
    else if (this.fpContext(type)) this.text('none', sprintf1(fmt, value));
  }

  /** print_null(): JSON null, text `fmt` as is. */
  printNull(type: number, key: string | null, fmt: string): void {
    if (this.jsonContext(type)) this.jsonMember(key, 'null');
    else if (this.fpContext(type)) this.text('none', sprintf1(fmt, null));
  }

  /** print_bool(): JSON true/false, text `fmt`. */
  printBool(type: number, key: string | null, fmt: string, value: boolean): void {
    if (this.jsonContext(type)) this.jsonMember(key, value ? 'true' : 'false');
    else if (this.fpContext(type)) this.text('none', sprintf1(fmt, value ? 'true' : 'false'));
  }

  /** Plain text output, only outside JSON (fprintf(fp, ...) guarded by !is_json_context()). */
  fp(text: string): void {
    if (this.jw === null) this.out.out(text);
  }
}
