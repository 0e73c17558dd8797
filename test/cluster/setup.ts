// Mocha root hook for the cluster suites: make sure the local cluster runs before any test.
import { ensureCluster } from './helpers';

export const mochaHooks = {
  beforeAll(this: Mocha.Context): void {
    this.timeout(30 * 60 * 1000); // a cold machine builds the binaries first
    ensureCluster();
  },
};
