import { isPostgresConnectionString } from './connection-string';

describe('isPostgresConnectionString', () => {
  it.each(['postgres://u@localhost/events', 'postgresql://u:p@db:5432/events?sslmode=require', ' POSTGRES://h/db'])('%s names PostgreSQL', (value) => {
    expect(isPostgresConnectionString(value)).toBe(true);
  });
  it.each(['esdb://localhost:2113', 'kurrentdb+discover://a,b,c', 'mysql://h/db', ''])('%s does not', (value) => {
    expect(isPostgresConnectionString(value)).toBe(false);
  });
});
