import { describe, expect, it } from 'vitest';
import { issuesOf } from './test-support';
import { newId } from './values/id';
import { createVoicemailBoxInputSchema, toVoicemailBoxOutput, voicemailBoxSchema } from './voicemail-box';

const box = { name: 'Anna', extensionNumber: '101', ownerUserId: newId('usr'), pin: '2580' };

describe('voicemail boxes', () => {
  it('defaults to the manual’s 30-minute maximum message (T300 L1403-1404)', () => {
    expect(createVoicemailBoxInputSchema.parse(box).maxMessageSeconds).toBe(1800);
    expect(issuesOf(createVoicemailBoxInputSchema, { ...box, maxMessageSeconds: 1801 })).toEqual([
      { path: 'maxMessageSeconds', message: 'maximum message length must be 10–1800 seconds' },
    ]);
  });

  it('applies the PIN rules on the pin field', () => {
    expect(issuesOf(createVoicemailBoxInputSchema, { ...box, pin: '123' })).toEqual([
      { path: 'pin', message: 'voicemail PIN must be 4–10 digits' },
    ]);
    expect(issuesOf(createVoicemailBoxInputSchema, { ...box, pin: '4567' })).toEqual([
      { path: 'pin', message: 'voicemail PIN must not be a straight run of digits such as 1234' },
    ]);
  });

  it('belongs to a user or a group, not both', () => {
    expect(issuesOf(createVoicemailBoxInputSchema, { ...box, ownerGroupId: newId('grp') })).toEqual([
      { path: 'ownerGroupId', message: 'a voicemail box belongs to a user or a group, not both' },
    ]);
  });

  it('refuses to delete messages after e-mail when the e-mail would not carry them', () => {
    expect(issuesOf(createVoicemailBoxInputSchema, { ...box, deleteAfterEmail: true })).toEqual([
      {
        path: 'deleteAfterEmail',
        message: 'delete after e-mail needs an e-mail address and attached audio, or messages would be lost',
      },
    ]);
    expect(
      issuesOf(createVoicemailBoxInputSchema, {
        ...box,
        deleteAfterEmail: true,
        notifyEmail: 'anna@org.com',
      }),
    ).toEqual([]);
  });

  it('keeps the PIN hash out of the output', () => {
    const { pin: _pin, ...settings } = createVoicemailBoxInputSchema.parse(box);
    const stored = voicemailBoxSchema.parse({
      ...settings,
      id: newId('vmb'),
      tenantId: newId('tnt'),
      pinHash: '$argon2id$pin',
      version: 1,
      createdAt: '2024-01-01T00:00:00Z',
      updatedAt: '2024-01-01T00:00:00Z',
    });
    expect(toVoicemailBoxOutput(stored)).not.toHaveProperty('pinHash');
  });
});
