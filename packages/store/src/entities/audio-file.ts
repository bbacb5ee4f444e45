import { type AudioFile, audioFileSchema } from '@carillon/domain';
import { defineTenantEntity } from './define';

/** Metadata of a prompt or music-on-hold file (the bytes are in the blob store). */
export const audioFileEntity = defineTenantEntity<AudioFile>('audioFile', audioFileSchema);
