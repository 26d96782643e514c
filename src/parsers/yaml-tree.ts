// A parsed YAML document (yaml's node tree) as plain values, with the line of every mapping key, in time linear in
// the document and with the work its aliases can cause bounded. Used by the template and deploy-config parsers.
//
// Why not the `yaml` package's own toJS with `maxAliasCount`: its cap counts the uses of each anchor separately (a
// file with many anchors, each used just under the cap, passes), not what the aliases expand to; and it finds each
// alias's anchor by scanning every anchor and alias before it, so many aliases cost quadratic time (a 2.6 MB deploy
// config of 270,000 aliases over 300 anchors ran past 2 minutes). Here an anchor is converted once and shared, an
// alias finds it in a map, and the expanded size of every alias is summed against one cap.
import { isAlias, isMap, isScalar, isSeq } from 'yaml';
import type { LineCounter } from 'yaml';
import { InputError } from '../model.js';

/** The 1-based line of every mapping key, per converted object. */
export type KeyLines = WeakMap<object, Map<string, number>>;

/**
 * Nodes the aliases of one document may expand to in all: each alias counts the nodes of its anchor, nested aliases
 * included, so a small file whose one large anchor is aliased thousands of times, or whose anchors alias each other
 * in layers (a "billion laughs"), is refused before anything walks the expansion.
 */
export const MAX_ALIAS_EXPANSION = 1_000_000;
const MAX_DEPTH = 500;

/** Turns a local tag (`!Ref`) and the value it tags into a value; the template parser's CloudFormation short tags. */
export type TagHandler = (name: string, value: unknown) => unknown;

export class YamlTree {
  /** Anchors met so far in document order, with their value and expanded size: an alias names the latest one. */
  private anchors = new Map<string, { value: unknown; size: number }>();
  /** Nodes converted, aliases counted at their expanded size. */
  private nodes = 0;
  private expanded = 0;

  constructor(
    private readonly lineCounter: LineCounter,
    private readonly keyLines: KeyLines,
    private readonly file: string,
    private readonly tag?: TagHandler,
  ) {}

  convert(node: unknown, depth = 0): unknown {
    if (depth > MAX_DEPTH) throw new InputError(this.file, `the document nests deeper than ${MAX_DEPTH} levels`);
    if (node === null || node === undefined) return null;
    if (isAlias(node)) {
      const anchor = this.anchors.get(node.source);
      if (!anchor) throw new InputError(this.file, `${this.at(node)}alias *${node.source} has no anchor &${node.source} before it`);
      this.expanded += anchor.size;
      this.nodes += anchor.size;
      if (this.expanded > MAX_ALIAS_EXPANSION) {
        throw new InputError(this.file, `${this.at(node)}YAML aliases expand to more than ${MAX_ALIAS_EXPANSION} nodes (the cap); write the repeated parts out or use fewer aliases`);
      }
      return anchor.value;
    }
    const before = this.nodes++;
    let value: unknown;
    if (isScalar(node)) {
      value = node.value;
    } else if (isMap(node)) {
      const obj: Record<string, unknown> = {};
      const lines = new Map<string, number>();
      for (const pair of node.items) {
        const keyNode = pair.key;
        const key = isScalar(keyNode) ? String(keyNode.value) : keyNode == null ? '' : JSON.stringify(this.convert(keyNode, depth + 1));
        setKey(obj, key, this.convert(pair.value, depth + 1));
        const range = (keyNode as { range?: [number, number, number] } | null)?.range;
        if (range) lines.set(key, this.lineCounter.linePos(range[0]).line);
      }
      this.keyLines.set(obj, lines);
      value = obj;
    } else if (isSeq(node)) {
      value = node.items.map((item) => this.convert(item, depth + 1));
    } else {
      return null;
    }
    const tag = (node as { tag?: string }).tag;
    if (this.tag && tag && tag.startsWith('!') && !tag.startsWith('!!')) value = this.tag(tag.slice(1), value);
    const anchor = (node as { anchor?: string }).anchor;
    if (anchor) this.anchors.set(anchor, { value, size: this.nodes - before });
    return value;
  }

  private at(node: { range?: [number, number, number] | null }): string {
    return node.range ? `line ${this.lineCounter.linePos(node.range[0]).line}: ` : '';
  }
}

/** Assigns without letting a `__proto__` key from the input change the object's prototype. */
export function setKey(obj: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  else obj[key] = value;
}
