import { randomBytes } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import { Client } from 'pg';
import { TOPICS } from '@bayu/contracts';
import { composeNationalId } from '@bayu/national-id';
import { eventually, startPlatform, userToken, type RunningPlatform } from '@bayu/platform/testing';

const nationalId = composeNationalId('500229', '1984-06-12', 311, 'male');
const newTraceparent = () => {
  const traceId = randomBytes(16).toString('hex');
  return { traceId, header: `00-${traceId}-${randomBytes(8).toString('hex')}-01` };
};

async function query<T>(url: string, sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, values)).rows as T[];
  } finally {
    await client.end();
  }
}

describe('thin flow: register a worker through the gateway, project it in the campaign service', () => {
  let platform: RunningPlatform;
  let workerId: string;
  const trace = newTraceparent();

  beforeAll(async () => {
    platform = await startPlatform();
  }, 120_000);

  afterAll(async () => {
    await platform?.stop();
  });

  const api = async (path: string, init: RequestInit & { token?: string } = {}) => {
    const { token, headers, ...rest } = init;
    return fetch(`${platform.gateway.url}${path}`, {
      ...rest,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    });
  };

  it('an hrss clerk registers a worker through the gateway and gets it back with the ID number masked', async () => {
    const response = await api('/api/v1/workers', {
      method: 'POST',
      token: await userToken(platform.stack.realmUrl, 'hrss.clerk', 'web-hrss'),
      headers: { traceparent: trace.header },
      body: JSON.stringify({ nationalId, name: '冉洪位', districtCode: '500229', employerName: '国网重庆城口县供电公司', industryCode: 'D', occupation: '电力线路运维' }),
    });
    expect(response.status).toBe(201);
    const worker = (await response.json()) as { id: string; nationalIdMasked: string; gender: string; birthDate: string };
    expect(worker).toMatchObject({ nationalIdMasked: `500229********${nationalId.slice(14)}`, gender: 'male', birthDate: '1984-06-12' });
    expect(JSON.stringify(worker)).not.toContain(nationalId);
    workerId = worker.id;
  });

  it('the talent.registered event reaches the campaign service, which stores its projection', async () => {
    const token = await userToken(platform.stack.realmUrl, 'skills.office', 'web-skills-office');
    const profile = await eventually(
      async () => {
        const response = await api(`/api/v1/talent-profiles/${workerId}`, { token });
        return response.status === 200 ? ((await response.json()) as Record<string, string>) : undefined;
      },
      { what: 'the campaign projection' },
    );
    expect(profile).toMatchObject({ workerId, name: '冉洪位', districtCode: '500229', nationalIdMasked: `500229********${nationalId.slice(14)}` });
  });

  it('one trace id runs from the gateway through the registry and Kafka into the campaign consumer', async () => {
    const spans = await eventually(
      async () => {
        const found = platform.traces.spansOfTrace(trace.traceId);
        const services = new Set(found.filter((s) => s.name.startsWith('process ')).map((s) => s.service));
        return services.has('campaign') ? found : undefined;
      },
      { what: 'spans of the registration trace from all services' },
    );
    const byService = (service: string) => spans.filter((s) => s.service === service).map((s) => s.name);
    expect(byService('gateway')).toEqual(expect.arrayContaining(['proxy registry']));
    expect(byService('registry')).toEqual(expect.arrayContaining([`publish ${TOPICS.registryTalent.name}`]));
    expect(byService('campaign')).toEqual(expect.arrayContaining([`process ${TOPICS.registryTalent.name}`]));
    const requestLog = platform.registry.logs.find((l) => l.msg === 'request completed' && (l.req as { method?: string } | undefined)?.method === 'POST');
    expect(requestLog).toMatchObject({ res: { statusCode: 201 }, trace_id: trace.traceId });
    const consumerLog = platform.campaign.logs.find((l) => l.msg === 'event processed' && l.subject === workerId);
    expect(consumerLog?.trace_id).toBe(trace.traceId);
  });

  it('a replayed event is ignored: the projection and the inbox stay as they were', async () => {
    const [row] = await query<{ envelope: unknown; message_key: string }>(platform.databases.registry.url, `SELECT envelope, message_key FROM outbox_event WHERE message_key = $1`, [workerId]);
    expect(row).toBeDefined();
    const before = await query<{ last_event_id: string }>(platform.databases.campaign.url, 'SELECT last_event_id FROM talent_profile WHERE worker_id = $1', [workerId]);
    const kafka = new Kafka({ clientId: 'e2e-replay', brokers: platform.stack.kafkaBrokers, logLevel: logLevel.NOTHING });
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({ topic: TOPICS.registryTalent.name, messages: [{ key: row!.message_key, value: JSON.stringify(row!.envelope), headers: { 'content-type': 'application/cloudevents+json' } }] });
    await producer.disconnect();
    await eventually(async () => (platform.campaign.logs.some((l) => l.msg === 'duplicate event ignored' && l.subject === workerId) ? true : undefined), { what: 'the duplicate to be seen' });
    const inbox = await query<{ count: string }>(platform.databases.campaign.url, 'SELECT count(*) FROM inbox_event');
    expect(Number(inbox[0]?.count)).toBe(1);
    const after = await query<{ last_event_id: string }>(platform.databases.campaign.url, 'SELECT last_event_id FROM talent_profile WHERE worker_id = $1', [workerId]);
    expect(after).toEqual(before);
  });

  it('a signed-in caller without the hrss role gets 403 as problem+json', async () => {
    const response = await api('/api/v1/workers', {
      method: 'POST',
      token: await userToken(platform.stack.realmUrl, 'union.staff', 'web-union'),
      body: JSON.stringify({ nationalId, name: 'x', districtCode: '500229', employerName: 'x', industryCode: 'D', occupation: 'x' }),
    });
    expect(response.status).toBe(403);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(await response.json()).toMatchObject({ status: 403, code: 'auth.missing-role' });
  });

  it('a caller without a token gets 401 with a Bearer challenge, and so does a forged token', async () => {
    const anonymous = await api('/api/v1/workers', { method: 'POST', body: '{}' });
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toMatch(/^Bearer realm="bayu"/);
    expect(await anonymous.json()).toMatchObject({ code: 'auth.missing-token' });
    const real = await userToken(platform.stack.realmUrl, 'hrss.clerk', 'web-hrss');
    const [header, payload] = real.split('.');
    const forgedPayload = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload!, 'base64url').toString()), realm_access: { roles: ['hrss', 'national-id-reader'] } })).toString('base64url');
    const forged = await api(`/api/v1/workers/${workerId}`, { token: `${header}.${forgedPayload}.${real.split('.')[2]}` });
    expect(forged.status).toBe(401);
  });

  it('registering the same person again is refused with 409 naming the field, and nothing is written', async () => {
    const response = await api('/api/v1/workers', {
      method: 'POST',
      token: await userToken(platform.stack.realmUrl, 'hrss.clerk', 'web-hrss'),
      body: JSON.stringify({ nationalId, name: '冉洪位', districtCode: '500229', employerName: '另一单位', industryCode: 'D', occupation: '电工' }),
    });
    expect(response.status).toBe(409);
    expect(await response.json()).toMatchObject({ code: 'worker.duplicate', errors: [{ field: 'nationalId' }] });
    const counts = await query<{ workers: string; events: string }>(platform.databases.registry.url, 'SELECT (SELECT count(*) FROM worker) AS workers, (SELECT count(*) FROM outbox_event) AS events');
    expect(counts[0]).toEqual({ workers: '1', events: '1' });
  });

  it('no service ever wrote the national ID number to its logs', () => {
    for (const service of [platform.gateway, platform.registry, platform.campaign]) {
      expect(service.logs.length).toBeGreaterThan(0);
      expect(JSON.stringify(service.logs)).not.toContain(nationalId);
    }
  });
});
