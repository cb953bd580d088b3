import { Tri, asString, field, isSet, knownPrefix, listOf, recorded } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, notApplicable, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown, unknownsIn } from '../../lib/engine/unknown';

import { primary } from './project-item';

interface Facts {
  /** Source locations, and whether each carries credentials (only that is kept: the URL would repeat them). */
  readonly locations: { readonly source: string; readonly credentials: Tri }[] | Unknown;
}

/** `https://user:pass@host/…` or `https://token@host/…`: credentials in the URL's user-info part. */
const hasUserInfo = (url: string) => /^[a-z][a-z0-9+.-]*:\/\/[^/@]+@/i.test(url);
/** A known beginning that has reached the path without an `@` has no user info, whatever follows. */
const pastAuthority = (prefix: string) => /^[a-z][a-z0-9+.-]*:\/\/[^/@]*\//i.test(prefix);

function credentialsIn(location: unknown): Tri {
  const text = asString(location);
  if (typeof text === 'string') return hasUserInfo(text);
  const prefix = knownPrefix(location) ?? '';
  if (hasUserInfo(prefix)) return true;
  return pastAuthority(prefix) ? false : isUnknown(text) ? text : new Unknown('the location is not a string');
}

export const CodeBuildSourceUrlNoCredentials = defineRule<Facts>({
  id: 'CodeBuildSourceUrlNoCredentials',
  title: 'CodeBuild source URLs carry no credentials',
  description:
    'A token or password in a repository URL is stored in clear in the project and shows up in logs; CodeBuild source credentials or connections keep it out.',
  severity: 'error',
  controls: {
    ncscCsp: ['10', '7'],
    tenSteps: ['identity-and-access-management', 'supply-chain-security'],
    cyberEssentials: ['user-access-control'],
  },
  configRule: 'CODEBUILD_PROJECT_SOURCE_REPO_URL_CHECK',
  remediation:
    'Use a URL without user info and authenticate with AWS::CodeBuild::SourceCredential or a CodeConnections connection (CDK: Source.gitHub({ owner, repo }) with GitHubSourceCredentials).',
  template: {
    resourceTypes: ['AWS::CodeBuild::Project'],
    facts: (project) =>
      locationFacts(project.get('Source.Location'), project.get('SecondarySources'), {
        location: 'Location',
        id: 'SourceIdentifier',
      }),
  },
  configItem: {
    resourceTypes: ['AWS::CodeBuild::Project'],
    facts: (project) =>
      locationFacts(field(primary(project, 'source'), 'location'), recorded(project.configuration, 'secondarySources'), {
        location: 'location',
        id: 'sourceIdentifier',
      }),
  },
  evaluate(facts) {
    const { locations } = facts;
    if (isUnknown(locations)) return needsReview(`the secondary sources are not known: ${locations.reason}`);
    if (locations.length === 0) return notApplicable('the project has no source location');
    const leaking = locations.filter((l) => l.credentials === true);
    // Never repeat the URL: it holds the credential.
    if (leaking.length) return fail(`source URL contains credentials: ${leaking.map((l) => l.source).join(', ')}`);
    const open = locations.find((l) => isUnknown(l.credentials));
    if (open && isUnknown(open.credentials))
      return needsReview(`the location of ${open.source} is not known: ${open.credentials.reason}`);
    return pass('no source URL carries credentials', unknownsIn(facts));
  },
});

/** The primary and secondary source locations, read with the source's property names. */
function locationFacts(primaryLocation: unknown, secondarySources: unknown, keys: { location: string; id: string }): Facts {
  const secondary = listOf(secondarySources);
  if (isUnknown(secondary)) return { locations: secondary };
  const sources: [string, unknown][] = [['the primary source', primaryLocation]];
  secondary.forEach((s, i) => {
    const id = asString(field(s, keys.id));
    sources.push([`secondary source ${typeof id === 'string' ? id : i + 1}`, field(s, keys.location)]);
  });
  // A location that may be absent carries no credentials then; one that is present is read.
  const locations = sources
    .filter(([, location]) => isSet(location) !== false)
    .map(([source, location]) => ({ source, credentials: credentialsIn(location) }));
  return { locations };
}
