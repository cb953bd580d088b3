import { defineRule, fail, needsReview, notApplicable, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';
import { Undecided, field, isUndecided, listOf, textOf, undecided } from '../iam/values';

interface Facts {
  /** Source locations that are URLs, as text; undecided where unreadable. Only whether they hold user info is kept. */
  readonly locations: { readonly source: string; readonly credentials: boolean | Undecided }[];
}

/** `https://user:pass@host/…` or `https://token@host/…`: credentials in the URL's user-info part. */
const hasUserInfo = (url: string) => /^[a-z][a-z0-9+.-]*:\/\/[^/@]+@/i.test(url);

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
    facts(project) {
      const secondary = listOf(project.get('SecondarySources'));
      const sources: [string, unknown][] = [['Source', project.get('Source.Location')]];
      if (isUnknown(secondary)) sources.push(['SecondarySources', secondary]);
      else
        secondary.forEach((s, i) =>
          sources.push([`SecondarySources ${textOf(field(s, 'SourceIdentifier')) ?? i + 1}`, field(s, 'Location')]),
        );
      const locations = sources
        .filter(([, location]) => location !== undefined)
        .map(([source, location]) => {
          const text = textOf(location);
          // The literal part before the first unknown decides: `https://${Token}@github.com/…` has user info whatever the token is.
          const known = text === undefined ? undefined : text.split('${')[0];
          const credentials: boolean | Undecided =
            known !== undefined && (hasUserInfo(text!) || !isUnknown(location) || /^[a-z][a-z0-9+.-]*:\/\/[^/@]*\//i.test(known))
              ? hasUserInfo(text!)
              : undecided(isUnknown(location) ? location : `${source} location is not a string`);
          return { source, credentials };
        });
      return { locations };
    },
  },
  evaluate({ locations }) {
    if (locations.length === 0) return notApplicable('the project has no source location');
    const leaking = locations.filter((l) => l.credentials === true);
    // Never repeat the URL: it holds the credential.
    if (leaking.length) return fail(`source URL contains credentials: ${leaking.map((l) => l.source).join(', ')}`);
    const open = locations.find((l) => isUndecided(l.credentials));
    if (open && isUndecided(open.credentials))
      return needsReview(`${open.source} location is not known: ${open.credentials.undecided}`);
    return pass('no source URL carries credentials');
  },
});
