import { describe, expect, it } from 'vitest';
import { parseCliOptions } from './cli-options';

describe('parseCliOptions', () => {
  it('persists under the repository by default on the documented ports', () => {
    const options = parseCliOptions([], '/repo');
    expect(options).toMatchObject({
      inMemory: false,
      dataDir: '/repo/.data',
      dynamodbPort: 8000,
      s3Port: 9000,
      apiPort: 8080,
    });
  });

  it('takes ports and in-memory mode from flags', () => {
    const options = parseCliOptions(['--in-memory', '--api-port', '0', '--s3-port=9100'], '/repo');
    expect(options).toMatchObject({ inMemory: true, apiPort: 0, s3Port: 9100 });
  });

  it('starts the portal on 3000 unless told otherwise', () => {
    expect(parseCliOptions([], '/repo')).toMatchObject({ portal: true, portalPort: 3000 });
    expect(parseCliOptions(['--no-portal', '--portal-port', '3100'], '/repo')).toMatchObject({
      portal: false,
      portalPort: 3100,
    });
  });

  it('names the flag whose value is wrong', () => {
    expect(() => parseCliOptions(['--api-port', '70000'], '/repo')).toThrow(/^--api-port: /);
  });

  it('rejects an unknown flag instead of ignoring it', () => {
    expect(() => parseCliOptions(['--dynamo-port', '1'], '/repo')).toThrow(/dynamo-port/);
  });
});
