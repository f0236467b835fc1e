// Runs before every test file: server tests use an in-memory PGlite unless DATABASE_URL is set.
const os = require("node:os"); // eslint-disable-line @typescript-eslint/no-require-imports
const path = require("node:path"); // eslint-disable-line @typescript-eslint/no-require-imports

process.env.PGLITE_DIR = process.env.PGLITE_DIR || "memory://";
process.env.AUTH_SECRET = process.env.AUTH_SECRET || "test-secret-test-secret-test-secret-0123";
process.env.OUTBOX_DIR = process.env.OUTBOX_DIR || path.join(os.tmpdir(), `pix-test-outbox-${process.pid}`);
