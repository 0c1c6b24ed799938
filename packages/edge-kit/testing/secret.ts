/** Only for tests: a fixed key so a test can mint tokens; never in any wrangler config. */
export const TEST_JWT_SECRET = "test-only-jwt-secret-0123456789abcdef";
