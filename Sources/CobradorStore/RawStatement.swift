import CobradorCore
import GRDB
import GRDBSQLite

/// A statement prepared by GRDB and driven through the SQLite C API: the import writes a million rows,
/// and binding through `StatementArguments` (an array of `DatabaseValue`s per call) cost more than the
/// writes themselves. Only the hot paths use it (the import, and reading the whole book for the
/// forecast); everything else goes through GRDB.
final class RawStatement {
    private let statement: Statement
    private let handle: OpaquePointer
    private let connection: OpaquePointer?

    init(_ db: Database, _ sql: String) throws {
        statement = try db.makeStatement(sql: sql)
        handle = statement.sqliteStatement
        connection = db.sqliteConnection
    }

    private static let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)

    func bind(_ index: Int32, _ value: Int64) { sqlite3_bind_int64(handle, index, value) }

    func bind(_ index: Int32, _ value: String) {
        var text = value
        text.withUTF8 { bytes in
            _ = sqlite3_bind_text(
                handle, index, UnsafeRawPointer(bytes.baseAddress)?.assumingMemoryBound(to: CChar.self),
                Int32(bytes.count), Self.transient)
        }
    }

    func bindNull(_ index: Int32) { sqlite3_bind_null(handle, index) }

    /// A day as `YYYY-MM-DD`, written without making a `String`.
    func bind(_ index: Int32, _ day: CalendarDay) {
        let c = day.components
        guard (1000...9999).contains(c.year) else {
            bind(index, day.isoString)
            return
        }
        withUnsafeTemporaryAllocation(of: CChar.self, capacity: 10) { buffer in
            func put(_ i: Int, _ digit: Int) { buffer[i] = CChar(48 + digit) }
            put(0, c.year / 1000)
            put(1, c.year / 100 % 10)
            put(2, c.year / 10 % 10)
            put(3, c.year % 10)
            buffer[4] = 45
            put(5, c.month / 10)
            put(6, c.month % 10)
            buffer[7] = 45
            put(8, c.day / 10)
            put(9, c.day % 10)
            _ = sqlite3_bind_text(handle, index, buffer.baseAddress, 10, Self.transient)
        }
    }

    /// Runs a statement that returns no rows; the number of rows it changed.
    @discardableResult
    func execute() throws -> Int {
        defer {
            sqlite3_reset(handle)
            sqlite3_clear_bindings(handle)
        }
        let code = sqlite3_step(handle)
        guard code == SQLITE_DONE || code == SQLITE_ROW else { throw error(code) }
        return Int(sqlite3_changes(connection))
    }

    /// Steps through the rows; `row` reads the current one. Bindings are cleared afterwards.
    func forEachRow(_ row: (RawStatement) throws -> Void) throws {
        defer {
            sqlite3_reset(handle)
            sqlite3_clear_bindings(handle)
        }
        while true {
            let code = sqlite3_step(handle)
            if code == SQLITE_DONE { return }
            guard code == SQLITE_ROW else { throw error(code) }
            try row(self)
        }
    }

    func int64(_ column: Int32) -> Int64 { sqlite3_column_int64(handle, column) }
    func isNull(_ column: Int32) -> Bool { sqlite3_column_type(handle, column) == SQLITE_NULL }

    func text(_ column: Int32) -> String {
        guard let bytes = sqlite3_column_text(handle, column) else { return "" }
        let count = Int(sqlite3_column_bytes(handle, column))
        return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    }

    /// The column's text as bytes, valid only inside `body`: the big reads decode days and codes from
    /// them without a `String` per row.
    func withBytes<Result>(_ column: Int32, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let bytes = sqlite3_column_text(handle, column)
        let count = Int(sqlite3_column_bytes(handle, column))
        return body(UnsafeBufferPointer(start: bytes, count: bytes == nil ? 0 : count))
    }

    var lastInsertedRowID: Int64 { sqlite3_last_insert_rowid(connection) }

    private func error(_ code: Int32) -> DatabaseError {
        DatabaseError(resultCode: ResultCode(rawValue: code), message: connection.map { String(cString: sqlite3_errmsg($0)) })
    }
}
