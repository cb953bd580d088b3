import { createServer, Server } from 'http';
import { AddressInfo } from 'net';

/** The temporary credentials the loopback STS hands out: a Config request signed with them proves the role was used. */
export const ASSUMED_KEY = 'ASIALOOPBACKROLE';

/**
 * A loopback stand-in for STS AssumeRole (awsQuery: a form-encoded POST, an XML
 * answer), on 127.0.0.1 only. It records the roles asked for and refuses the
 * ones named in `deny`, as STS does when the trust policy does not allow the caller.
 */
export class FakeSts {
  readonly assumed: string[] = [];
  private server?: Server;

  constructor(private readonly deny: readonly string[] = []) {}

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        const form = new URLSearchParams(body);
        const role = form.get('RoleArn') ?? '';
        res.setHeader('content-type', 'text/xml');
        if (form.get('Action') !== 'AssumeRole' || !/\/sts\/aws4_request/.test(String(req.headers.authorization))) {
          res.statusCode = 400;
          return res.end(error('InvalidAction', 'not a signed AssumeRole'));
        }
        this.assumed.push(role);
        if (this.deny.includes(role)) {
          res.statusCode = 403;
          return res.end(error('AccessDenied', `not authorized to perform: sts:AssumeRole on resource: ${role}`));
        }
        const expires = new Date(Date.now() + 3600_000).toISOString();
        res.end(
          `<AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><AssumeRoleResult><Credentials>` +
            `<AccessKeyId>${ASSUMED_KEY}</AccessKeyId><SecretAccessKey>loopback-role-secret</SecretAccessKey>` +
            `<SessionToken>loopback-session</SessionToken><Expiration>${expires}</Expiration></Credentials>` +
            `<AssumedRoleUser><Arn>${role}/palisade-scan</Arn><AssumedRoleId>AROA:palisade-scan</AssumedRoleId></AssumedRoleUser>` +
            `</AssumeRoleResult><ResponseMetadata><RequestId>1</RequestId></ResponseMetadata></AssumeRoleResponse>`,
        );
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }
}

const error = (code: string, message: string) =>
  `<ErrorResponse><Error><Type>Sender</Type><Code>${code}</Code><Message>${message}</Message></Error><RequestId>1</RequestId></ErrorResponse>`;
