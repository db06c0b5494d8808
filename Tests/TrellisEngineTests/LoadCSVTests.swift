import Foundation
import Testing
import Trellis
@testable import TrellisEngine

@Suite("CSV reading")
struct CSVReaderTests {
    @Test func quotedFieldsDoubledQuotesAndLineEnds() throws {
        let text = "a,b,c\r\n1,\"x, y\",\"say \"\"hi\"\"\"\n2,,\"\"\n\n3,\"two\nlines\",z"
        let records = try CSVReader().records(text)
        #expect(records.map(\.fields) == [["a", "b", "c"], ["1", "x, y", "say \"hi\""], ["2", nil, ""], ["3", "two\nlines", "z"]])
        #expect(records.map(\.line) == [1, 2, 3, 5])
    }

    @Test func otherDelimiterAndByteOrderMark() throws {
        #expect(try CSVReader(delimiter: ";").records("\u{FEFF}a;b\n1;2").map(\.fields) == [["a", "b"], ["1", "2"]])
    }

    @Test func malformedInputIsReportedWithItsLine() {
        #expect(throws: CSVReader.Failure.unterminatedQuote(line: 2)) { try CSVReader().records("a\n\"open\nstill") }
        #expect(throws: CSVReader.Failure.textAfterQuote(line: 1)) { try CSVReader().records("\"a\"b,c") }
    }
}

@Suite("LOAD CSV")
struct LoadCSVTests {
    func folder(_ files: [String: String]) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("trellis-csv-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(to: dir.appendingPathComponent(name), atomically: false, encoding: .utf8) }
        return dir
    }

    @Test func withHeadersRowsAreMapsAndEmptyFieldsNull() throws {
        let dir = try folder(["schools.csv": "urn,name,fsm\n1,Oak,12.5\n2,Elm,\n"])
        let db = Database()
        db.allowFileAccess(under: dir.path)
        try db.execute("LOAD CSV WITH HEADERS FROM 'schools.csv' AS row CREATE (:School {urn: toInteger(row.urn), name: row.name, fsm: toFloat(row.fsm)})")
        #expect(try db.execute("MATCH (s:School) RETURN s.urn, s.name, s.fsm ORDER BY s.urn").rows == [[1, "Oak", 12.5], [2, "Elm", .null]])
    }

    @Test func withoutHeadersRowsAreListsAndTerminatorsCanChange() throws {
        let dir = try folder(["a.csv": "1;x\n2;y\n"])
        let db = Database()
        db.allowFileAccess(under: dir.path)
        #expect(try db.execute("LOAD CSV FROM 'file:///\(dir.path)/a.csv' AS r FIELDTERMINATOR ';' RETURN r").rows == [[["1", "x"]], [["2", "y"]]])
    }

    @Test func fileAccessIsOffByDefaultAndConfinedToTheFolder() throws {
        let dir = try folder(["a.csv": "1\n"])
        let outside = try folder(["b.csv": "2\n"])
        let db = Database()
        #expect { try db.execute("LOAD CSV FROM '\(dir.path)/a.csv' AS r RETURN r") } throws: { ($0 as? TrellisError)?.code == "FileAccessDisabled" }
        db.allowFileAccess(under: dir.path)
        for name in ["../\(outside.lastPathComponent)/b.csv", "\(outside.path)/b.csv", "http://example.org/a.csv"] {
            #expect { try db.execute("LOAD CSV FROM '\(name)' AS r RETURN r") } throws: { ($0 as? TrellisError)?.code == "FileAccessDenied" }
        }
        // A symbolic link inside the folder may not lead outside it.
        try FileManager.default.createSymbolicLink(at: dir.appendingPathComponent("escape.csv"), withDestinationURL: outside.appendingPathComponent("b.csv"))
        #expect { try db.execute("LOAD CSV FROM 'escape.csv' AS r RETURN r") } throws: { ($0 as? TrellisError)?.code == "FileAccessDenied" }
    }

    @Test func malformedFilesAndMissingFilesAreClearErrors() throws {
        let dir = try folder(["bad.csv": "a,b\n\"open,2\n"])
        let db = Database()
        db.allowFileAccess(under: dir.path)
        #expect { try db.execute("LOAD CSV FROM 'bad.csv' AS r RETURN r") } throws: {
            let e = $0 as? TrellisError
            return e?.code == "MalformedCSV" && e?.message.contains("bad.csv:2") == true
        }
        #expect { try db.execute("LOAD CSV FROM 'missing.csv' AS r RETURN r") } throws: { ($0 as? TrellisError)?.code == "FileNotReadable" }
    }

    /// A FIFO or a folder is refused at once: reading one would wait for a writer for ever.
    @Test func aFileThatIsNotARegularFileIsRefusedWithoutWaiting() throws {
        let dir = try folder(["a.csv": "1\n"])
        #expect(mkfifo(dir.appendingPathComponent("fifo.csv").path, 0o600) == 0)
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("folder.csv"), withIntermediateDirectories: false)
        let db = Database()
        db.allowFileAccess(under: dir.path)
        for name in ["fifo.csv", "folder.csv"] {
            #expect { try db.execute("LOAD CSV FROM '\(name)' AS r RETURN r") } throws: {
                let e = $0 as? TrellisError
                return e?.code == "FileNotReadable" && e?.message.contains("not a regular file") == true
                    || e?.message.contains("it is a folder") == true
            }
        }
    }

    @Test func loadCSVIsAReadingClauseThatCannotEndAQuery() {
        #expect { try Database().execute("LOAD CSV FROM 'a.csv' AS r") } throws: { ($0 as? TrellisError)?.code == "InvalidClauseComposition" }
    }
}
