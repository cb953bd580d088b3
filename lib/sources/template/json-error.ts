import { ParseErrorCode, printParseErrorCode, visit } from 'jsonc-parser';

/** What is wrong, in words that never quote the text: an error may sit next to a secret. */
const WHAT: Partial<Record<ParseErrorCode, string>> = {
  [ParseErrorCode.InvalidSymbol]: 'unexpected character',
  [ParseErrorCode.InvalidNumberFormat]: 'malformed number',
  [ParseErrorCode.PropertyNameExpected]: 'property name expected',
  [ParseErrorCode.ValueExpected]: 'value expected',
  [ParseErrorCode.ColonExpected]: 'colon expected',
  [ParseErrorCode.CommaExpected]: 'comma expected',
  [ParseErrorCode.CloseBraceExpected]: 'closing brace expected',
  [ParseErrorCode.CloseBracketExpected]: 'closing bracket expected',
  [ParseErrorCode.EndOfFileExpected]: 'text after the end of the document',
  [ParseErrorCode.InvalidCommentToken]: 'comments are not JSON',
  [ParseErrorCode.UnexpectedEndOfComment]: 'comments are not JSON',
  [ParseErrorCode.UnexpectedEndOfString]: 'unterminated string',
  [ParseErrorCode.UnexpectedEndOfNumber]: 'malformed number',
  [ParseErrorCode.InvalidUnicode]: 'invalid \\u escape',
  [ParseErrorCode.InvalidEscapeCharacter]: 'invalid escape in a string',
  [ParseErrorCode.InvalidCharacter]: 'control character in a string',
};

/**
 * `line L, column C: what` for text JSON.parse refused. JSON.parse's own
 * message quotes the text around the error; this one never does.
 */
export function jsonErrorPosition(text: string): string {
  let found: { code: ParseErrorCode; line: number; column: number } | undefined;
  visit(
    text,
    {
      onError: (code, _offset, _length, line, column) => {
        found ??= { code, line, column };
      },
      onComment: (_offset, _length, line, column) => {
        found ??= { code: ParseErrorCode.InvalidCommentToken, line, column };
      },
    },
    { disallowComments: false, allowTrailingComma: false },
  );
  if (!found) return 'not JSON as JSON.parse reads it (a trailing comma, a lone surrogate or similar)';
  return `line ${found.line + 1}, column ${found.column + 1}: ${WHAT[found.code] ?? printParseErrorCode(found.code)}`;
}
