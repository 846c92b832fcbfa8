// Jest globalSetup: says up front which suites will skip and why, because jest drops the
// console output of a fully skipped test file from its summary.
module.exports = async () => {
  if (!process.env.EVENTSTORE_CONNECTION_STRING) {
    console.log('\n[skip] EventStoreDB contract against a real server: EVENTSTORE_CONNECTION_STRING is not set ' +
      '(the adapter still runs against its gRPC test double).');
  }
};
