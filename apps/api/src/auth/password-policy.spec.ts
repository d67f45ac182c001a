import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password-policy.js';

describe('passwordProblem', () => {
  it('accepts long passphrases and random passwords', () => {
    for (const password of ['correct horse battery staple', 'a slow quiet glacier of numbers', 'k8#Qz!v2Lw9@rT']) expect(passwordProblem(password), password).toBeUndefined();
  });

  it('wants 12 characters', () => {
    expect(passwordProblem('password')).toBe('password must have at least 12 characters');
    expect(passwordProblem(' '.repeat(8))).toBe('password must have at least 12 characters');
    expect(passwordProblem('k8#Qz!v2Lw9')).toBe('password must have at least 12 characters');
  });

  it('refuses common passwords, keyboard walks and repeats however long, saying why', () => {
    expect(passwordProblem('passwordpassword')).toMatch(/^password is too easy to guess: Repeated/);
    expect(passwordProblem('password1234')).toMatch(/^password is too easy to guess/);
    expect(passwordProblem('qwertyuiopasdf')).toMatch(/^password is too easy to guess/);
    expect(passwordProblem(' '.repeat(12))).toMatch(/^password is too easy to guess: Repeated characters/);
    expect(passwordProblem('iloveyou12345')).toMatch(/^password is too easy to guess/);
  });

  it('refuses the account’s own email or name', () => {
    expect(passwordProblem('velvetmarmoset', [])).toBeUndefined();
    expect(passwordProblem('velvetmarmoset', ['velvetmarmoset@example.org', 'Velvet Marmoset'])).toMatch(/^password is too easy to guess/);
  });
});
