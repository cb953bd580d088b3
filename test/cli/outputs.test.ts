import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { collect, planOutputs, writeAll } from '../../lib/cli/outputs';
import { InputError } from '../../lib/errors';

describe('planOutputs', () => {
  it.each<[string, string[] | undefined, string[] | undefined, object[]]>([
    ['text to stdout by default', undefined, undefined, [{ format: 'text' }]],
    [
      'text to stdout beside named files',
      undefined,
      ['sarif=a.sarif', 'junit=j.xml'],
      [{ format: 'text' }, { format: 'sarif', file: 'a.sarif' }, { format: 'junit', file: 'j.xml' }],
    ],
    ['text to a plain file', undefined, ['report.txt'], [{ format: 'text', file: 'report.txt' }]],
    ['the one format to a plain file', ['json'], ['report.json'], [{ format: 'json', file: 'report.json' }]],
    [
      'one format on stdout, the rest to files',
      ['json', 'sarif'],
      ['sarif=a.sarif'],
      [{ format: 'json' }, { format: 'sarif', file: 'a.sarif' }],
    ],
    [
      'a plain file for the format without one',
      ['json', 'sarif'],
      ['sarif=a.sarif', 'r.json'],
      [
        { format: 'json', file: 'r.json' },
        { format: 'sarif', file: 'a.sarif' },
      ],
    ],
    ['no text when formats are named', ['sarif'], ['sarif=a.sarif'], [{ format: 'sarif', file: 'a.sarif' }]],
    ['formats once each', ['json', 'json'], undefined, [{ format: 'json' }]],
    ['paths with = in a directory', ['json'], ['out/a=b.json'], [{ format: 'json', file: 'out/a=b.json' }]],
  ])('%s', (_name, formats, outputs, plan) => {
    expect(planOutputs(formats, outputs)).toEqual(plan);
  });

  it.each<[string, string[] | undefined, string[] | undefined, RegExp]>([
    ['two formats on stdout', ['json', 'sarif'], undefined, /json and sarif would all go to stdout/],
    ['a plain file for two formats', ['json', 'sarif'], ['r.out'], /'r.out' could be for json or sarif/],
    ['two plain files', undefined, ['a', 'b'], /several plain files/],
    ['one format to two files', undefined, ['json=a', 'json=b'], /json is sent to two files/],
    ['two formats to one file', undefined, ['json=a', 'sarif=a'], /json and sarif are both sent to a/],
    ['an unknown format', ['html'], undefined, /unknown format 'html'/],
  ])('refuses %s', (_name, formats, outputs, message) => {
    expect(() => planOutputs(formats, outputs)).toThrow(InputError);
    expect(() => planOutputs(formats, outputs)).toThrow(message);
  });

  it('collects repeated and comma-separated values', () => {
    expect(collect('json, sarif', collect('text', undefined))).toEqual(['text', 'json', 'sarif']);
  });
});

describe('writeAll', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'palisade-out-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes every file, creating directories', () => {
    writeAll(
      [
        { file: 'a/b/report.json', body: '{}' },
        { file: 'x.sarif', body: 's' },
      ],
      dir,
    );
    expect(readFileSync(join(dir, 'a/b/report.json'), 'utf8')).toBe('{}');
    expect(readdirSync(dir).sort()).toEqual(['a', 'x.sarif']);
  });

  it('writes none when one cannot be written, and leaves earlier reports alone', () => {
    writeFileSync(join(dir, 'old.json'), 'previous');
    writeFileSync(join(dir, 'blocker'), 'a file where a directory is needed');
    expect(() =>
      writeAll(
        [
          { file: 'old.json', body: 'new' },
          { file: 'blocker/r.xml', body: 'x' },
        ],
        dir,
      ),
    ).toThrow(InputError);
    expect(readFileSync(join(dir, 'old.json'), 'utf8')).toBe('previous');
    expect(readdirSync(dir).sort()).toEqual(['blocker', 'old.json']);
  });
});
