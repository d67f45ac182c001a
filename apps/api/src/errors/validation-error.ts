import type { ValidationError } from 'class-validator';
import { AppError, AppErrorCode } from './app-error.js';

function messagesOf(error: ValidationError, path: string): string[] {
  const here = path ? `${path}.${error.property}` : error.property;
  const own = Object.values(error.constraints ?? {});
  return [...own, ...(error.children ?? []).flatMap((child) => messagesOf(child, here))];
}

/** The global ValidationPipe's errors as one BAD_USER_INPUT error naming every bad argument. */
export function validationError(errors: ValidationError[]): AppError {
  const messages = errors.flatMap((error) => messagesOf(error, ''));
  return new AppError(AppErrorCode.BadInput, messages.join('; '));
}
