// The browser tier's test environment: Node's, plus the name of each test whose body failed, so the
// console harness can keep what the page showed (a flaky failure cannot be rerun to look at it).
const { TestEnvironment } = require('jest-environment-node');

class BrowserTestEnvironment extends TestEnvironment {
  async handleTestEvent(event) {
    if (event.name === 'test_start') this.global.__browserTestFailed = false;
    if (event.name === 'test_fn_failure') this.global.__browserTestFailed = true;
  }
}

module.exports = BrowserTestEnvironment;
