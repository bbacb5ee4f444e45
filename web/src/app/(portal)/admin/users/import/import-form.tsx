'use client';
import { isProblem, type Schema } from '@carillon/api-client';
import { type FormEvent, useState } from 'react';
import { useT } from '../../../../../i18n/client';
import { uploadWithProgress } from './upload';

type Report = Schema<'UserImportReport'>;

/** The API's whole-file limit (MAX_IMPORT_BYTES in @carillon/user-csv): checked here before sending. */
const MAX_BYTES = 256 * 1024;

/**
 * Upload the CSV (with progress), first as a check (dry run) by default, then for real; the report
 * lists every row with its problems by column. Whole-file problems (columns, format) and the size
 * limit come back as problems and are shown as such — nothing was imported then.
 */
export function ImportForm({ tenantId }: { tenantId: string }) {
  const t = useT();
  const [file, setFile] = useState<File | undefined>();
  const [progress, setProgress] = useState<number | undefined>();
  const [report, setReport] = useState<Report | undefined>();
  const [problems, setProblems] = useState<string[]>([]);

  async function send(dryRun: boolean) {
    if (file === undefined) {
      setProblems([t('usersImport.noFile')]);
      return;
    }
    if (file.size > MAX_BYTES) {
      setProblems([t('usersImport.tooLarge', { max: String(MAX_BYTES / 1024) })]);
      return;
    }
    setProblems([]);
    setReport(undefined);
    setProgress(0);
    try {
      const result = await uploadWithProgress(
        `/v1/tenants/${encodeURIComponent(tenantId)}/user-imports?dryRun=${dryRun}`,
        file,
        { 'content-type': 'text/csv', 'idempotency-key': crypto.randomUUID() },
        setProgress,
      );
      if (result.status === 200) {
        setReport(result.body as Report);
      } else if (isProblem(result.body)) {
        const problem = result.body;
        const byColumn = (problem.errors ?? []).map((error) => `${error.field}: ${error.message}`);
        setProblems([problem.detail ?? problem.title ?? String(result.status), ...byColumn]);
      } else {
        setProblems([String(result.status)]);
      }
    } catch (error) {
      setProblems([error instanceof Error ? error.message : String(error)]);
    } finally {
      setProgress(undefined);
    }
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    void send(submitter?.getAttribute('value') !== 'import');
  }

  const busy = progress !== undefined;
  return (
    <form onSubmit={submit} aria-busy={busy}>
      <div className="field">
        <label htmlFor="import-file">{t('usersImport.file')}</label>
        <input
          id="import-file"
          name="file"
          type="file"
          accept=".csv,text/csv"
          aria-describedby="import-file-hint"
          onChange={(event) => {
            setFile(event.currentTarget.files?.[0]);
            setReport(undefined);
          }}
        />
        <p id="import-file-hint" className="hint">
          {t('usersImport.fileHint', { max: String(MAX_BYTES / 1024) })}
        </p>
      </div>
      <div className="toolbar">
        <button type="submit" value="check" className="button secondary" disabled={busy}>
          {t('usersImport.check')}
        </button>
        <button type="submit" value="import" className="button" disabled={busy}>
          {t('usersImport.import')}
        </button>
      </div>
      {busy ? (
        <p>
          <label htmlFor="import-progress">{t('usersImport.uploading')}</label>{' '}
          <progress id="import-progress" max={1} value={progress} />
        </p>
      ) : null}
      {problems.length > 0 ? (
        <div className="notice error" role="alert">
          <p>{t('usersImport.refused')}</p>
          <ul>
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {report === undefined ? null : <ImportReport report={report} />}
    </form>
  );
}

function ImportReport({ report }: { report: Report }) {
  const t = useT();
  const summary = report.dryRun
    ? t('usersImport.summaryCheck', { valid: String(report.valid), failed: String(report.failed) })
    : t('usersImport.summaryImport', { created: String(report.created), failed: String(report.failed) });
  return (
    <section aria-labelledby="import-report-title">
      <h2 id="import-report-title">{t('usersImport.report')}</h2>
      <p className={report.failed > 0 ? 'notice error' : 'notice ok'} role="status" data-import-summary>
        {summary}
      </p>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('usersImport.line')}</th>
              <th scope="col">{t('users.login')}</th>
              <th scope="col">{t('usersImport.status')}</th>
              <th scope="col">{t('usersImport.problems')}</th>
            </tr>
          </thead>
          <tbody>
            {report.rows.map((row) => (
              <tr key={row.row} data-import-row={row.login} data-status={row.status}>
                <td>{row.line}</td>
                <td>{row.login}</td>
                <td>{t(`usersImport.status.${row.status}`)}</td>
                <td>
                  {(row.errors ?? []).map((error) => (
                    <div key={`${error.column}:${error.message}`}>
                      <strong>{error.column}</strong>: {error.message}
                    </div>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
