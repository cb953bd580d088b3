import type { CollectionTag, Scalar, ScalarTag, YAMLMap, YAMLSeq } from 'yaml';

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
  const seq: CollectionTag = {
    tag,
    collection: 'seq',
    resolve: (value) => ({ [key]: (value as YAMLSeq).toJSON() }),
  };
  const map: CollectionTag = {
    tag,
    collection: 'map',
    resolve: (value) => ({ [key]: (value as YAMLMap).toJSON() }),
  };
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
  return { value: doc.toJS({ maxAliasCount: 1000 }), lines };
}
