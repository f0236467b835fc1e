// Runs before every test file: server tests use an in-memory PGlite unless DATABASE_URL is set.
process.env.PGLITE_DIR = process.env.PGLITE_DIR || "memory://";
process.env.AUTH_SECRET = process.env.AUTH_SECRET || "test-secret-test-secret-test-secret-0123";
process.env.OUTBOX_DIR = process.env.OUTBOX_DIR || require("node:path").join(require("node:os").tmpdir(), "pix-test-outbox-" + process.pid);
