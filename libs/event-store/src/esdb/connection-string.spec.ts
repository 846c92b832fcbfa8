import { toEsdbConnectionString } from './connection-string';

describe('toEsdbConnectionString', () => {
  it.each([
    ['kurrentdb://localhost:2113?tls=false', 'esdb://localhost:2113?tls=false'],
    ['KurrentDB://admin:changeit@db:2113', 'esdb://admin:changeit@db:2113'],
    ['kurrentdb+discover://db.internal:2113?tls=true', 'esdb+discover://db.internal:2113?tls=true'],
    ['esdb://127.0.0.1:2113?tls=false', 'esdb://127.0.0.1:2113?tls=false'],
    ['esdb+discover://node1:2113,node2:2113,node3:2113?tls=true&nodePreference=leader', 'esdb+discover://node1:2113,node2:2113,node3:2113?tls=true&nodePreference=leader'],
    ['  esdb://padded:2113  ', 'esdb://padded:2113'],
  ])('%s → %s', (given, expected) => {
    expect(toEsdbConnectionString(given)).toBe(expected);
  });
});
