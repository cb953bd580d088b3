import type { CollectionTag, Document, Node, Scalar, ScalarTag } from 'yaml';

/** Loaded on first use: a run over JSON templates (every cdk.out) never pays for the YAML parser. */
let yamlLib: typeof import('yaml') | undefined;
const yaml = (): typeof import('yaml') => (yamlLib ??= require('yaml'));

/** CloudFormation's short-form tags (`!Ref`, `!Sub` …) and the long-form key each stands for. */
const SHORT_FORMS: Record<string, string> = {
  And: 'Fn::And',
  Base64: 'Fn::Base64',
  Cidr: 'Fn::Cidr',
  Condition: 'Condition',
  Equals: 'Fn::Equals',
  FindInMap: 'Fn::FindInMap',
  GetAtt: 'Fn::GetAtt',
  GetAZs: 'Fn::GetAZs',
  If: 'Fn::If',
  ImportValue: 'Fn::ImportValue',
  Join: 'Fn::Join',
  Length: 'Fn::Length',
  Not: 'Fn::Not',
  Or: 'Fn::Or',
  Ref: 'Ref',
  Select: 'Fn::Select',
  Split: 'Fn::Split',
  Sub: 'Fn::Sub',
  ToJsonString: 'Fn::ToJsonString',
  Transform: 'Fn::Transform',
  ForEach: 'Fn::ForEach',
  // Functions of the Rules section.
  Contains: 'Fn::Contains',
  EachMemberEquals: 'Fn::EachMemberEquals',
  EachMemberIn: 'Fn::EachMemberIn',
  RefAll: 'Fn::RefAll',
  ValueOf: 'Fn::ValueOf',
  ValueOfAll: 'Fn::ValueOfAll',
};

function tagsFor(name: string, key: string): (ScalarTag | CollectionTag)[] {
  const tag = `!${name}`;
  const scalar: ScalarTag = {
    tag,
    resolve: (value: string) =>
      // `!GetAtt Res.Attr` is the one short form whose scalar is split.
      ({ [key]: name === 'GetAtt' ? value.split(/\.(.*)/s, 2) : value }),
  };
  // A collection stays a node (`{key: collection}`), so that aliases inside it are resolved, and counted, with the document.
  const wrap = (value: unknown) => {
    const { Pair, Scalar: ScalarNode, YAMLMap: MapNode } = yaml();
    const map = new MapNode();
    map.items.push(new Pair(new ScalarNode(key), value));
    return map;
  };
  const seq: CollectionTag = { tag, collection: 'seq', resolve: wrap };
  const map: CollectionTag = { tag, collection: 'map', resolve: wrap };
  return [scalar, seq, map];
}

let customTags: (ScalarTag | CollectionTag)[] | undefined;

export interface ParsedYaml {
  readonly value: unknown;
  /** 1-based line of each key directly under `Resources`. */
  readonly lines: Map<string, number>;
}

/** Parses CloudFormation YAML; throws a one-line message on the first error or unknown tag. */
export function parseCfnYaml(text: string): ParsedYaml {
  const { LineCounter, YAMLMap, parseDocument } = yaml();
  customTags ??= Object.entries(SHORT_FORMS).flatMap(([name, key]) => tagsFor(name, key));
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { customTags, lineCounter, uniqueKeys: false, prettyErrors: true });
  const problem = doc.errors[0] ?? doc.warnings.find((w) => w.code === 'TAG_RESOLVE_FAILED');
  if (problem) {
    const line = problem.linePos?.[0]?.line;
    const what = problem.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    throw new Error(`${line ? `line ${line}: ` : ''}${what}`);
  }
  const lines = new Map<string, number>();
  const root = doc.contents;
  if (root instanceof YAMLMap) {
    const resources = root.get('Resources', true);
    if (resources instanceof YAMLMap) {
      for (const pair of resources.items) {
        const key = pair.key as Scalar | undefined;
        if (key?.range) lines.set(String(key.value), lineCounter.linePos(key.range[0]).line);
      }
    }
  }
  const added = expandedSize(doc) - size(doc.contents, doc, new Map(), 0, false);
  if (added > MAX_ALIAS_NODES) {
    throw new Error(
      `aliases expand to ${added.toLocaleString('en-GB')} more nodes, over the budget of ${MAX_ALIAS_NODES.toLocaleString('en-GB')}`,
    );
  }
  return { value: doc.toJS({ maxAliasCount: -1 }), lines };
}

/**
 * Nodes that aliases may add to a document when it is expanded: enough for
 * any real template's anchors, far short of a "billion laughs" file in which
 * a few kilobytes of nested aliases stand for gigabytes.
 */
export const MAX_ALIAS_NODES = 1_000_000;
const MAX_DEPTH = 5_000;

/** Nodes of the document with every alias expanded; each anchored node is counted once and remembered, so this is linear. */
function expandedSize(doc: Document): number {
  return size(doc.contents, doc, new Map(), 0, true);
}

function size(node: unknown, doc: Document, memo: Map<Node, number>, depth: number, expand: boolean): number {
  const { isAlias, isCollection, isPair } = yaml();
  if (node === null || node === undefined || typeof node !== 'object') return 1;
  if (depth > MAX_DEPTH) throw new Error(`nested more than ${MAX_DEPTH} levels deep`);
  if (isAlias(node)) {
    if (!expand) return 1;
    const target = node.resolve(doc);
    return target ? size(target, doc, memo, depth + 1, expand) : 1;
  }
  if (isPair(node)) return size(node.key, doc, memo, depth + 1, expand) + size(node.value, doc, memo, depth + 1, expand);
  if (!isCollection(node)) return 1;
  const known = expand ? memo.get(node) : undefined;
  if (known !== undefined) return known;
  let total = 1;
  for (const item of node.items) {
    total += size(item, doc, memo, depth + 1, expand);
    if (total > Number.MAX_SAFE_INTEGER / 2) break;
  }
  if (expand) memo.set(node, total);
  return total;
}
