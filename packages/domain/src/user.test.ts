import { describe, expect, it } from 'vitest';
import { defaultUserRights } from './rights';
import { issuesOf } from './test-support';
import { createUserInputSchema, toUserOutput, userOutputSchema, userSchema } from './user';
import { newId } from './values/id';

const anna = {
  login: 'anna',
  email: 'Anna.Cartman@org.com',
  firstName: 'Anna',
  lastName: 'Cartman',
  extensionNumber: '101',
};

describe('user input', () => {
  it('gives a new user the role user and the manuals’ default rights', () => {
    const user = createUserInputSchema.parse(anna);
    expect(user.role).toBe('user');
    expect(user.rights).toEqual(defaultUserRights());
    expect(user.email).toBe('anna.cartman@org.com');
  });

  it('takes a partial rights object and fills the rest with defaults', () => {
    const user = createUserInputSchema.parse({ ...anna, rights: { callRecording: true } });
    expect(user.rights.callRecording).toBe(true);
    expect(user.rights.voicemail).toBe(true);
  });

  it('rejects an unknown right by name', () => {
    expect(issuesOf(createUserInputSchema, { ...anna, rights: { teleport: true } })).toEqual([
      { path: 'rights', message: 'unknown field: teleport' },
    ]);
  });

  it('holds the login to 2–50 lower-case letters or digits (T640 L824)', () => {
    expect(issuesOf(createUserInputSchema, { ...anna, login: 'Anna.C' })).toEqual([
      { path: 'login', message: 'login must be 2–50 lower-case letters or digits' },
    ]);
  });

  it('checks the extension format on its field', () => {
    expect(issuesOf(createUserInputSchema, { ...anna, extensionNumber: '1' })).toEqual([
      { path: 'extensionNumber', message: 'extension number must be 2–6 digits' },
    ]);
  });

  it('checks the portal password against the policy and the user’s own names', () => {
    expect(issuesOf(createUserInputSchema, { ...anna, password: 'short' })).toEqual([
      { path: 'password', message: 'password must be at least 12 characters' },
    ]);
    expect(issuesOf(createUserInputSchema, { ...anna, password: 'anna.cartman-2024' })).toEqual([
      { path: 'password', message: 'password must not contain the login name or e-mail address' },
    ]);
    expect(issuesOf(createUserInputSchema, { ...anna, password: 'purple monkey dishwasher' })).toEqual([]);
  });

  it('checks the phone PIN: 3–10 digits (T640 L836), not trivial', () => {
    expect(issuesOf(createUserInputSchema, { ...anna, pin: '12' })).toEqual([
      { path: 'pin', message: 'PIN must be 3–10 digits' },
    ]);
    expect(issuesOf(createUserInputSchema, { ...anna, pin: '1111' })).toEqual([
      { path: 'pin', message: 'PIN must not be one repeated digit' },
    ]);
  });

  it('does not accept a password hash as input', () => {
    expect(issuesOf(createUserInputSchema, { ...anna, passwordHash: '$argon2id$...' })).toEqual([
      { path: '', message: 'unknown field: passwordHash' },
    ]);
  });
});

describe('user output', () => {
  it('never carries the password or PIN hash', () => {
    const stored = userSchema.parse({
      ...createUserInputSchema.parse(anna),
      id: newId('usr'),
      tenantId: newId('tnt'),
      passwordHash: '$argon2id$v=19$secret',
      pinHash: '$argon2id$v=19$pin',
      version: 1,
      createdAt: '2024-01-01T00:00:00Z',
      updatedAt: '2024-01-01T00:00:00Z',
    });
    const output = toUserOutput(stored);
    expect(output).not.toHaveProperty('passwordHash');
    expect(output).not.toHaveProperty('pinHash');
    expect(userOutputSchema.parse(stored)).not.toHaveProperty('passwordHash');
    expect(JSON.stringify(output)).not.toContain('argon2');
  });
});
