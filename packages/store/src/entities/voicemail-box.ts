import { type VoicemailBox, voicemailBoxSchema } from '@carillon/domain';
import { defineTenantEntity } from './define';
import { extensionNumberConstraint } from './extension-number';

/** A voicemail box. */
export const voicemailBoxEntity = defineTenantEntity<VoicemailBox>('voicemailBox', voicemailBoxSchema, {
  unique: [extensionNumberConstraint<VoicemailBox>('extensionNumber', (box) => box.extensionNumber)],
  // A user's own box; group boxes belong to no single user.
  owner: (box) => box.ownerUserId,
});
