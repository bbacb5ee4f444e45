'use client';
import type { FieldErrors, paths, Schema } from '@carillon/api-client';
import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import { Field } from '../../../../components/field';
import { useT } from '../../../../i18n/client';
import { browserApi } from '../../../../lib/api-browser';
import { showProblem } from '../../../../lib/form-problem';

type CreateGroupInput =
  paths['/tenants/{tenantId}/groups']['post']['requestBody']['content']['application/json'];
type Kind = CreateGroupInput['kind'];
export const GROUP_KINDS: readonly Kind[] = ['parallel', 'linear', 'pickup'];

interface MemberRow {
  /** Stable React key while rows move. */
  readonly key: string;
  userId: string;
  timeoutSeconds: string;
  loggedOn: boolean;
}

let nextKey = 0;
const rowKey = () => `m${nextKey++}`;

/**
 * Create (POST) or change (PATCH with If-Match) a ring/hunt group. Members are
 * an ordered list: a linear group rings them in this order, each for its
 * timeout (T640 manual L999-1140); move buttons reorder without a mouse.
 */
export function GroupForm({
  tenantId,
  users,
  group,
}: {
  tenantId: string;
  users: readonly { id: string; label: string }[];
  group?: Schema<'Group'> | undefined;
}) {
  const t = useT();
  const router = useRouter();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [members, setMembers] = useState<MemberRow[]>(
    () =>
      group?.members.map((member) => ({
        key: rowKey(),
        userId: member.userId,
        timeoutSeconds: String(member.timeoutSeconds),
        loggedOn: member.loggedOn,
      })) ?? [],
  );

  const update = (index: number, change: Partial<MemberRow>) =>
    setMembers((rows) => rows.map((row, at) => (at === index ? { ...row, ...change } : row)));
  const move = (index: number, by: -1 | 1) =>
    setMembers((rows) => {
      const target = index + by;
      if (target < 0 || target >= rows.length) return rows;
      const copy = [...rows];
      const [row] = copy.splice(index, 1);
      if (row !== undefined) copy.splice(target, 0, row);
      return copy;
    });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setProblem(undefined);
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const extension = text('extensionNumber');
    const kind = (GROUP_KINDS as readonly string[]).includes(text('kind'))
      ? (text('kind') as Kind)
      : 'parallel';
    const body: CreateGroupInput = {
      kind,
      name: text('name'),
      ...(extension === ''
        ? group === undefined
          ? {}
          : { extensionNumber: null }
        : { extensionNumber: extension }),
      members: members.map((member) => ({
        userId: member.userId,
        // A non-number goes to the API as it is, so its message names the field.
        timeoutSeconds: /^\d+$/.test(member.timeoutSeconds)
          ? Number(member.timeoutSeconds)
          : (member.timeoutSeconds as unknown as number),
        loggedOn: member.loggedOn,
      })),
    };
    const api = browserApi();
    const { data, error } =
      group === undefined
        ? await api.POST('/tenants/{tenantId}/groups', {
            params: { path: { tenantId }, header: { 'idempotency-key': idempotencyKey } },
            body,
          })
        : await api.PATCH('/tenants/{tenantId}/groups/{groupId}', {
            params: { path: { tenantId, groupId: group.id }, header: { 'if-match': `"${group.version}"` } },
            body,
          });
    setBusy(false);
    if (data !== undefined) {
      router.push(`/admin/groups?saved=${encodeURIComponent(data.id)}`);
      router.refresh();
      return;
    }
    showProblem(error, { errors: setErrors, problem: setProblem });
  }

  return (
    <form onSubmit={submit} noValidate aria-busy={busy}>
      {problem === undefined ? null : (
        <p className="notice error" role="alert">
          {t('app.error', { detail: problem })}
        </p>
      )}
      <div className="form-grid">
        <Field name="name" label={t('groups.name')} error={errors.name}>
          {(props) => <input {...props} type="text" autoComplete="off" defaultValue={group?.name ?? ''} />}
        </Field>
        <Field name="kind" label={t('groups.kind')} error={errors.kind} hint={t('groups.kindHint')}>
          {(props) => (
            <select {...props} defaultValue={group?.kind ?? 'parallel'}>
              {GROUP_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`groups.kind.${kind}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="extensionNumber" label={t('groups.extension')} error={errors.extensionNumber}>
          {(props) => (
            <input {...props} type="text" inputMode="numeric" defaultValue={group?.extensionNumber ?? ''} />
          )}
        </Field>
      </div>
      <fieldset>
        <legend>{t('groups.members')}</legend>
        {errors.members === undefined ? null : (
          <p className="error" data-field-error="members">
            {errors.members}
          </p>
        )}
        {members.length === 0 ? <p>{t('groups.noMembers')}</p> : null}
        <ol style={{ paddingLeft: '1.25rem' }}>
          {members.map((member, index) => (
            <li key={member.key} style={{ marginBottom: '0.75rem' }}>
              <div className="form-grid">
                <Field
                  name={`members.${index}.userId`}
                  label={t('groups.member', { position: index + 1 })}
                  error={errors[`members.${index}.userId`]}
                >
                  {(props) => (
                    <select
                      {...props}
                      value={member.userId}
                      onChange={(e) => update(index, { userId: e.target.value })}
                    >
                      {users.some((user) => user.id === member.userId) ? null : (
                        <option value={member.userId}>{member.userId}</option>
                      )}
                      {users.map((user) => (
                        <option key={user.id} value={user.id}>
                          {user.label}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
                <Field
                  name={`members.${index}.timeoutSeconds`}
                  label={t('groups.timeout')}
                  error={errors[`members.${index}.timeoutSeconds`]}
                >
                  {(props) => (
                    <input
                      {...props}
                      type="text"
                      inputMode="numeric"
                      value={member.timeoutSeconds}
                      onChange={(e) => update(index, { timeoutSeconds: e.target.value })}
                    />
                  )}
                </Field>
              </div>
              <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem', alignItems: 'center' }}>
                <label className="checkbox">
                  <input
                    type="checkbox"
                    checked={member.loggedOn}
                    onChange={(e) => update(index, { loggedOn: e.target.checked })}
                  />{' '}
                  {t('groups.loggedOn')}
                </label>
                <button
                  type="button"
                  className="button secondary"
                  onClick={() => move(index, -1)}
                  disabled={index === 0}
                  aria-label={t('groups.moveUp', { position: index + 1 })}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="button secondary"
                  onClick={() => move(index, 1)}
                  disabled={index === members.length - 1}
                  aria-label={t('groups.moveDown', { position: index + 1 })}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="button secondary"
                  onClick={() => setMembers((rows) => rows.filter((_, at) => at !== index))}
                  aria-label={t('groups.remove', { position: index + 1 })}
                >
                  {t('groups.removeShort')}
                </button>
              </div>
            </li>
          ))}
        </ol>
        <button
          type="button"
          className="button secondary"
          disabled={users.length === 0}
          onClick={() =>
            setMembers((rows) => [
              ...rows,
              {
                key: rowKey(),
                userId:
                  users.find((user) => !rows.some((row) => row.userId === user.id))?.id ?? users[0]?.id ?? '',
                timeoutSeconds: '20',
                loggedOn: true,
              },
            ])
          }
        >
          {t('groups.addMember')}
        </button>
      </fieldset>
      <button type="submit" disabled={busy}>
        {busy ? t('app.loading') : group === undefined ? t('groups.create') : t('app.save')}
      </button>
    </form>
  );
}
