import { z } from 'zod';
import { ConfigError, databaseEnv, kafkaEnv, loadConfig, serviceEnv, ssoEnv } from './load-config';

const schema = serviceEnv.extend(databaseEnv.shape).extend(kafkaEnv.shape).extend(ssoEnv.shape);

const valid = {
  PORT: '3101',
  DATABASE_URL: 'postgresql://root@127.0.0.1:5432/registry',
  KAFKA_BROKERS: '127.0.0.1:9092, 127.0.0.1:9093',
  SSO_URL: 'http://127.0.0.1:8180/',
  SSO_CLIENT_ID: 'bayu-registry',
  SSO_CLIENT_SECRET: 'a-long-dev-secret',
};

describe('loadConfig', () => {
  it('parses a valid environment with defaults and normalised values', () => {
    const config = loadConfig(schema, valid);
    expect(config).toMatchObject({ PORT: 3101, NODE_ENV: 'development', SSO_REALM: 'bayu', SSO_URL: 'http://127.0.0.1:8180' });
    expect(config.KAFKA_BROKERS).toEqual(['127.0.0.1:9092', '127.0.0.1:9093']);
  });

  it('lists every missing or malformed variable at once and never echoes a value', () => {
    let caught: unknown;
    try {
      loadConfig(schema, { ...valid, PORT: 'eighty', DATABASE_URL: 'mysql://secret-password@x', SSO_URL: undefined });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    const problems = (caught as ConfigError).problems.map((p) => p.variable);
    expect(problems).toEqual(expect.arrayContaining(['PORT', 'DATABASE_URL', 'SSO_URL']));
    expect((caught as Error).message).not.toContain('secret-password');
    expect((caught as Error).message).toMatch(/SSO_URL: is required/);
  });

  it('rejects a broker list entry that is not host:port', () => {
    expect(() => loadConfig(z.object(kafkaEnv.shape), { KAFKA_BROKERS: 'kafka' })).toThrow(/KAFKA_BROKERS/);
  });
});
