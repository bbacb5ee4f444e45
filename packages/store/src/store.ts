import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type {
  AudioFile,
  AuthorisationGroup,
  Contact,
  Group,
  Holiday,
  Ivr,
  OutboundRoute,
  Queue,
  Schedule,
  Site,
  Trunk,
  VoicemailBox,
} from '@carillon/domain';
import type { StoreContext } from './context';
import { CursorCodec } from './cursor';
import { audioFileEntity } from './entities/audio-file';
import { authorisationGroupEntity } from './entities/authorisation-group';
import { contactEntity } from './entities/contact';
import { groupEntity } from './entities/group';
import { holidayEntity } from './entities/holiday';
import { ivrEntity } from './entities/ivr';
import { createEntity } from './entities/loose-entity';
import { outboundRouteEntity } from './entities/outbound-route';
import { queueEntity } from './entities/queue';
import { scheduleEntity } from './entities/schedule';
import { siteEntity } from './entities/site';
import { trunkEntity } from './entities/trunk';
import { voicemailBoxEntity } from './entities/voicemail-box';
import { ApiKeyRepository } from './repositories/api-keys';
import { AuditLog } from './repositories/audit-log';
import { CdrRepository } from './repositories/cdrs';
import { DeviceRepository } from './repositories/devices';
import { ExtensionRepository } from './repositories/extensions';
import { OwnedTenantRepository } from './repositories/owned-tenant-repository';
import { PhoneNumberRepository } from './repositories/phone-numbers';
import { RegistrationRepository } from './repositories/registrations';
import { ResellerRepository } from './repositories/resellers';
import { TenantRepository } from './repositories/tenant-repository';
import { TenantDirectory } from './repositories/tenants';
import { UserRepository } from './repositories/users';
import { WebhookDeliveryRepository } from './repositories/webhook-deliveries';
import { WebhookEndpointRepository, WebhookHealthRepository } from './repositories/webhook-endpoints';
import { platformUniqueGuardSchema, tenantUniqueGuardSchema } from './unique';

export interface StoreOptions {
  /** From the deployable's config (`CARILLON_TABLE_NAME`). */
  readonly tableName: string;
  readonly document: DynamoDBDocumentClient;
  /** HMAC key for pagination cursors, at least 16 bytes; the same on every instance. */
  readonly cursorSecret: string | Uint8Array;
  readonly now?: () => Date;
}

export type Store = ReturnType<typeof createStore>;

/** Every repository over one table. Cheap to build; build once per process. */
export function createStore(options: StoreOptions) {
  const { tableName: table, document } = options;
  const context: StoreContext = {
    table,
    document,
    cursors: new CursorCodec(options.cursorSecret),
    guards: {
      tenant: createEntity(tenantUniqueGuardSchema, table, document),
      platform: createEntity(platformUniqueGuardSchema, table, document),
    },
    now: options.now ?? (() => new Date()),
  };
  return {
    resellers: new ResellerRepository(context),
    tenants: new TenantDirectory(context),
    users: new UserRepository(context),
    extensions: new ExtensionRepository(context),
    devices: new DeviceRepository(context),
    numbers: new PhoneNumberRepository(context),
    sites: new TenantRepository<Site>(context, siteEntity, 'sit'),
    groups: new TenantRepository<Group>(context, groupEntity, 'grp'),
    queues: new TenantRepository<Queue>(context, queueEntity, 'que'),
    ivrs: new TenantRepository<Ivr>(context, ivrEntity, 'ivr'),
    voicemailBoxes: new OwnedTenantRepository<VoicemailBox>(context, voicemailBoxEntity, 'vmb'),
    trunks: new TenantRepository<Trunk>(context, trunkEntity, 'trk'),
    outboundRoutes: new TenantRepository<OutboundRoute>(context, outboundRouteEntity, 'obr'),
    authorisationGroups: new TenantRepository<AuthorisationGroup>(context, authorisationGroupEntity, 'agr'),
    schedules: new TenantRepository<Schedule>(context, scheduleEntity, 'sch'),
    holidays: new TenantRepository<Holiday>(context, holidayEntity, 'hol'),
    audioFiles: new TenantRepository<AudioFile>(context, audioFileEntity, 'aud'),
    contacts: new OwnedTenantRepository<Contact>(context, contactEntity, 'con'),
    registrations: new RegistrationRepository(context),
    cdrs: new CdrRepository(context),
    audit: new AuditLog(context),
    apiKeys: new ApiKeyRepository(context),
    webhookEndpoints: new WebhookEndpointRepository(context),
    webhookHealth: new WebhookHealthRepository(context),
    webhookDeliveries: new WebhookDeliveryRepository(context),
  };
}
