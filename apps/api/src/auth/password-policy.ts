import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as english from '@zxcvbn-ts/language-en';

export const MIN_PASSWORD_LENGTH = 12;
/** zxcvbn's score (0–4) a password needs: 3 is "safely unguessable: moderate protection from offline attacks". */
export const MIN_PASSWORD_SCORE = 3;

let checker: ZxcvbnFactory | undefined;

/** Built on first use: the dictionaries take a moment to load and most processes never need them. */
function strengthChecker(): ZxcvbnFactory {
  checker ??= new ZxcvbnFactory({
    translations: english.translations,
    graphs: common.adjacencyGraphs,
    dictionary: { ...common.dictionary, ...english.dictionary },
  });
  return checker;
}

/**
 * Why a password will not do, in a sentence, or undefined when it will: at least 12 characters, and
 * not guessable from common passwords, words, names, keyboard patterns, repeats, or the account's own
 * email and name (`personal`).
 */
export function passwordProblem(password: string, personal: readonly string[] = []): string | undefined {
  if (password.length < MIN_PASSWORD_LENGTH) return `password must have at least ${MIN_PASSWORD_LENGTH} characters`;
  const { score, feedback } = strengthChecker().check(password, personal.flatMap((value) => [value, ...value.split(/[@.\s]+/)]).filter((value) => value.length > 2));
  if (score >= MIN_PASSWORD_SCORE) return undefined;
  const why = [feedback.warning, ...feedback.suggestions].filter(Boolean).join(' ');
  return `password is too easy to guess${why ? `: ${why}` : ''}`;
}
