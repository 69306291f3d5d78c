import Foundation
import GRDB

extension AppDatabase {
    /// Migrations are append-only: once shipped, a migration is never edited.
    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1") { db in
            try db.execute(
                sql: """
                    CREATE TABLE client (
                        id INTEGER PRIMARY KEY,
                        name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0)
                    );
                    CREATE TABLE client_alias (
                        id INTEGER PRIMARY KEY,
                        client_id INTEGER NOT NULL REFERENCES client(id) ON DELETE CASCADE,
                        alias TEXT NOT NULL CHECK (length(trim(alias)) > 0),
                        UNIQUE (client_id, alias)
                    );
                    CREATE TABLE client_contact (
                        id INTEGER PRIMARY KEY,
                        client_id INTEGER NOT NULL REFERENCES client(id) ON DELETE CASCADE,
                        kind TEXT NOT NULL CHECK (kind IN ('email', 'phone', 'person')),
                        value TEXT NOT NULL CHECK (length(trim(value)) > 0),
                        UNIQUE (client_id, kind, value)
                    );
                    CREATE TABLE invoice (
                        id INTEGER PRIMARY KEY,
                        number TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(number)) > 0),
                        client_id INTEGER NOT NULL REFERENCES client(id),
                        issued TEXT NOT NULL CHECK (issued GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
                        due TEXT CHECK (due IS NULL OR due GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
                        amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
                        currency TEXT NOT NULL CHECK (length(currency) = 3 AND currency = upper(currency)),
                        late_fee_kind TEXT CHECK (late_fee_kind IN ('monthly_rate', 'fixed')),
                        late_fee_value INTEGER,
                        CHECK (due IS NULL OR due >= issued),
                        CHECK ((late_fee_kind IS NULL) = (late_fee_value IS NULL))
                    );
                    CREATE INDEX invoice_client ON invoice(client_id);
                    CREATE INDEX invoice_due ON invoice(due);
                    CREATE TABLE payment (
                        id INTEGER PRIMARY KEY,
                        invoice_id INTEGER NOT NULL REFERENCES invoice(id) ON DELETE CASCADE,
                        amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
                        paid_on TEXT NOT NULL,
                        source TEXT NOT NULL DEFAULT 'manual' CHECK (source IN ('manual', 'import')),
                        note TEXT
                    );
                    CREATE INDEX payment_invoice ON payment(invoice_id, amount_minor);
                    CREATE TABLE contact_event (
                        id INTEGER PRIMARY KEY,
                        client_id INTEGER NOT NULL REFERENCES client(id) ON DELETE CASCADE,
                        invoice_id INTEGER REFERENCES invoice(id) ON DELETE SET NULL,
                        channel TEXT NOT NULL CHECK (channel IN ('email', 'phone', 'letter', 'meeting', 'lawyer')),
                        outcome TEXT NOT NULL CHECK (outcome IN ('sent', 'answered', 'no_answer')),
                        happened_on TEXT NOT NULL,
                        note TEXT
                    );
                    CREATE INDEX contact_event_client ON contact_event(client_id);
                    CREATE TABLE promise (
                        id INTEGER PRIMARY KEY,
                        client_id INTEGER NOT NULL REFERENCES client(id) ON DELETE CASCADE,
                        invoice_id INTEGER REFERENCES invoice(id) ON DELETE SET NULL,
                        promised_for TEXT NOT NULL,
                        amount_minor INTEGER CHECK (amount_minor IS NULL OR amount_minor > 0),
                        currency TEXT,
                        made_on TEXT NOT NULL,
                        CHECK ((amount_minor IS NULL) = (currency IS NULL))
                    );
                    CREATE INDEX promise_client ON promise(client_id);
                    CREATE TABLE pause (
                        id INTEGER PRIMARY KEY,
                        client_id INTEGER NOT NULL REFERENCES client(id) ON DELETE CASCADE,
                        invoice_id INTEGER REFERENCES invoice(id) ON DELETE CASCADE,
                        kind TEXT NOT NULL CHECK (kind IN ('dispute', 'pause')),
                        from_day TEXT NOT NULL,
                        until_day TEXT,
                        resolved_on TEXT,
                        note TEXT
                    );
                    CREATE INDEX pause_client ON pause(client_id);
                    CREATE TABLE audit (
                        id INTEGER PRIMARY KEY,
                        at TEXT NOT NULL,
                        user TEXT NOT NULL,
                        channel TEXT NOT NULL,
                        action TEXT NOT NULL,
                        detail TEXT NOT NULL,
                        undo TEXT,
                        undone INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1))
                    );
                    """)
        }
        // Several rows written by one user-level change (a payment spread over invoices) share a batch,
        // so that "undo" from a later process takes them back together.
        m.registerMigration("v2-audit-batch") { db in
            try db.execute(
                sql: """
                    ALTER TABLE audit ADD COLUMN batch INTEGER;
                    CREATE INDEX audit_actor ON audit(user, channel, id);
                    """)
        }
        // Real books have invoices that fall due before their issue date (a typo kept for years, a
        // backdated copy); the import keeps them with a warning, so the table stops refusing them. SQLite
        // cannot drop a CHECK in place: the table is rebuilt from its own definition, whatever columns
        // later migrations gave it, with its indexes.
        m.registerMigration("v3-import-due-before-issue") { db in
            guard let sql = try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'invoice'")
            else { return }
            let relaxed = sql.replacingOccurrences(of: "CHECK (due IS NULL OR due >= issued),", with: "")
            guard relaxed != sql, let name = relaxed.range(of: "CREATE TABLE invoice") else { return }
            let indexes = try String.fetchAll(
                db,
                sql: """
                    SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'invoice' AND sql IS NOT NULL
                    """)
            try db.execute(sql: relaxed.replacingCharacters(in: name, with: "CREATE TABLE invoice_v3"))
            try db.execute(sql: "INSERT INTO invoice_v3 SELECT * FROM invoice")
            try db.execute(sql: "DROP TABLE invoice")
            try db.execute(sql: "ALTER TABLE invoice_v3 RENAME TO invoice")
            for index in indexes { try db.execute(sql: index) }
        }
        // One row per scheduled job and day: the primary key is what lets exactly one process claim a run.
        m.registerMigration("v5-scheduled-runs") { db in
            try db.execute(
                sql: """
                    CREATE TABLE scheduled_run (
                        job TEXT NOT NULL CHECK (length(trim(job)) > 0),
                        day TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
                        claimed_at TEXT NOT NULL,
                        owner TEXT NOT NULL,
                        outcome TEXT NOT NULL DEFAULT 'started' CHECK (outcome IN ('started', 'succeeded', 'failed')),
                        detail TEXT,
                        finished_at TEXT,
                        PRIMARY KEY (job, day)
                    ) WITHOUT ROWID;
                    """)
        }
        // Conversations (pending question, confirmation, undo…) as opaque blobs, so that they survive
        // restarts and are shared by every process on the file; Unix milliseconds for the expiry.
        m.registerMigration("v5-conversations") { db in
            try db.execute(
                sql: """
                    CREATE TABLE conversation (
                        key TEXT NOT NULL PRIMARY KEY CHECK (length(key) > 0),
                        state BLOB NOT NULL,
                        expires_at INTEGER NOT NULL
                    ) WITHOUT ROWID;
                    CREATE INDEX conversation_expiry ON conversation(expires_at);
                    """)
        }
        // A counter moved by every write that adds or removes a client, an alias or an invoice number, so
        // that a parser built over the names is rebuilt only when they change, not for every payment.
        m.registerMigration("v6-names-version") { db in
            try db.execute(
                sql: """
                    CREATE TABLE names_version (id INTEGER PRIMARY KEY CHECK (id = 1), version INTEGER NOT NULL);
                    INSERT INTO names_version (id, version) VALUES (1, 0);
                    """)
        }
        return m
    }
}
