import Foundation
import Testing
import Trellis

/// `Database.importCSV`: the import format, bad rows, strictness, atomicity and progress.
@Suite("CSV import")
struct CSVImportTests {
    /// A temporary folder holding `files` (name → content); removed by `remove()`.
    struct Folder {
        let path = NSTemporaryDirectory() + "trellis-import-\(UUID().uuidString)"

        init(_ files: [String: String]) throws {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            for (name, text) in files { try write(name, Data(text.utf8)) }
        }

        func write(_ name: String, _ data: Data) throws {
            try data.write(to: URL(fileURLWithPath: path + "/" + name))
        }

        func remove() { try? FileManager.default.removeItem(atPath: path) }
    }

    static let schools = """
        urn:int,name,phase,fsm:float,formed:date,open:bool,tags:string[],scores:int[],:labels
        900101,Padnell Junior School,primary,34.0,2001-09-01,true,a;b\\;c;;,1;2;3,Primary;Academy
        900108,"Padnell ""Infant"" School",primary,44,,false,"",,
        900115,"Two
        lines",special,,,,;,,

        """
    static let authorities = "code,name\nE10000014,Hampshire\nE06000044,Portsmouth\n"
    static let inAuthority = "from:School,to:Authority,since:date,weight:float\n900101,E10000014,2020-01-01,0.1\n900108,E06000044,,\n900115,E06000044,,1e-300\n"


    /// A FIFO in the folder is refused with the others' reasons rather than waited on for ever.
    @Test func aFIFOInTheFolderIsRefusedWithoutWaiting() throws {
        let folder = try Folder(["Area.csv": "name\nphonics\n"])
        defer { folder.remove() }
        #expect(mkfifo(folder.path + "/School.csv", 0o600) == 0)
        #expect { try Database().importCSV(folder: folder.path) } throws: { error in
            "\(error)".contains("School.csv") && "\(error)".contains("not a regular file")
        }
    }
    @Test func typedColumnsAreRead() throws {
        let folder = try Folder(["School.csv": Self.schools, "Authority.csv": Self.authorities, "IN_AUTHORITY.csv": Self.inAuthority])
        defer { folder.remove() }
        let db = Database()
        let report = try db.importCSV(folder: folder.path)
        #expect(report.problems == [])
        #expect(report.nodes == [.init(name: "Authority", count: 2), .init(name: "School", count: 3)])
        #expect(report.relationships == [.init(name: "IN_AUTHORITY", count: 3)])

        let padnell = try db.execute("MATCH (s:School {urn: 900101}) RETURN labels(s), s.name, s.fsm, s.formed, s.open, s.tags, s.scores")
        #expect(padnell.rows == [[["School", "Primary", "Academy"], "Padnell Junior School", 34.0, .date(DateValue(year: 2001, month: 9, day: 1)!),
                                  true, ["a", "b;c", ""], [1, 2, 3]]])
        let infant = try db.execute("MATCH (s:School {urn: 900108}) RETURN s.name, s.fsm, s.formed IS NULL, s.open, s.tags, s.scores IS NULL")
        #expect(infant.rows == [["Padnell \"Infant\" School", 44.0, true, false, [], true]])
        if case .float = infant.rows[0][1] {} else { Issue.record("fsm:float should hold a float even when written 44") }
        let special = try db.execute("MATCH (s:School {urn: 900115}) RETURN s.name, s.tags")
        #expect(special.rows == [["Two\nlines", [""]]])
        let edges = try db.execute("MATCH (s:School)-[r:IN_AUTHORITY]->(a) RETURN s.urn, a.code, r.since, r.weight ORDER BY s.urn")
        #expect(edges.rows == [[900101, "E10000014", .date(DateValue(year: 2020, month: 1, day: 1)!), 0.1],
                               [900108, "E06000044", nil, nil], [900115, "E06000044", nil, 1e-300]])
    }

    @Test func temporalColumnsAreRead() throws {
        let folder = try Folder(["Event.csv": """
            _id:int,at:datetime,local:localdatetime,t:time,lt:localtime,d:duration,days:date[]
            1,2024-07-01T09:30+01:00[Europe/London],2024-03-01T09:30:00.5,12:31:14.645+01:00,23:59:59.999999999,P1Y2M3DT4H,2020-01-01;2021-02-03

            """])
        defer { folder.remove() }
        let db = Database()
        _ = try db.importCSV(folder: folder.path, options: ImportOptions(strict: true))
        let result = try db.execute("""
            MATCH (e:Event) RETURN e.at = datetime('2024-07-01T09:30+01:00[Europe/London]'), e.local = localdatetime('2024-03-01T09:30:00.5'),
              e.t = time('12:31:14.645+01:00'), e.lt = localtime('23:59:59.999999999'), e.d = duration('P1Y2M3DT4H'),
              e.days = [date('2020-01-01'), date('2021-02-03')], e._id IS NULL
            """)
        #expect(result.rows == [[true, true, true, true, true, true, true]])
    }

    @Test func longFieldsAreReadWhole() throws {
        let long = String(repeating: "abcdefghij", count: 300)
        let quoted = String(repeating: "x\"\"y,", count: 200)
        let folder = try Folder(["N.csv": "id,a,b\n1,\(long),\"\(quoted)\"\n2,\(long)\(long),z\n"])
        defer { folder.remove() }
        let db = Database()
        _ = try db.importCSV(folder: folder.path, options: ImportOptions(strict: true))
        let expected = String(repeating: "x\"y,", count: 200)
        #expect(try db.execute("MATCH (n:N) RETURN n.a, n.b ORDER BY n.id").rows == [[.string(long), .string(expected)], [.string(long + long), "z"]])
    }

    @Test func numbersReadAsTheirTextReads() throws {
        let floats = ["65.0", "-0.0", "+2.5", "0.1", "123456789012345", "1234567890.12345", "0.000000000000001",
                      "1234567890123456.7", "1e-3", " 7.25\t", "3", "-17", ".5", "5."]
        let ints = ["0", "-12", "+7", " 42 ", "999999999999999999", "9223372036854775807", "-9223372036854775808"]
        let rows = (0..<max(floats.count, ints.count)).map { i in
            "\(i),\(i < floats.count ? "\"\(floats[i])\"" : ""),\(i < ints.count ? "\"\(ints[i])\"" : "")"
        }
        let folder = try Folder(["N.csv": "id:int,f:float,i:int\n" + rows.joined(separator: "\n") + "\n"])
        defer { folder.remove() }
        let db = Database()
        let report = try db.importCSV(folder: folder.path, options: ImportOptions(strict: true))
        #expect(report.nodes == [.init(name: "N", count: rows.count)])
        let result = try db.execute("MATCH (n:N) RETURN n.f, n.i ORDER BY n.id")
        let trim = { (text: String) in text.trimmingCharacters(in: CharacterSet(charactersIn: " \t")) }
        for (i, row) in result.rows.enumerated() {
            if i < floats.count {
                let expected = Double(trim(floats[i]))!
                if case .float(let d) = row[0] { #expect(d.bitPattern == expected.bitPattern, "\(floats[i])") } else { Issue.record("\(floats[i]) is not a float") }
            }
            if i < ints.count { #expect(row[1] == .int(Int64(trim(ints[i]))!), "\(ints[i])") }
        }
    }

    @Test func badNumbersDatesAndUnknownStringKeysAreBadRows() throws {
        let folder = try Folder([
            "N.csv": "id,f:float,i:int,d:date\nÉcole,1.5,1, 2024-02-29\na,1.2.3,1,\nb,0x10,2,\nc,1,99999999999999999999,\nd,1,1-,\ne,1,1,2023-02-29\n",
            "R.csv": "from:N,to:N\nÉcole,École\nÉcole,Ecole\n",
        ])
        defer { folder.remove() }
        let db = Database()
        let report = try db.importCSV(folder: folder.path)
        #expect(report.problems.map(\.line) == [3, 4, 5, 6, 7, 3])
        #expect(report.problems.last?.reason.contains("no N node has the key 'Ecole'") == true)
        #expect(try db.execute("MATCH (a:N)-[:R]->(b) RETURN a.id, b.id, b.d").rows == [["École", "École", .date(DateValue(year: 2024, month: 2, day: 29)!)]])
    }

    /// Problems come in the order they are met: node files first, then relationship files.
    @Test func badRowsAreReportedWithFileAndLineAndTheRestIsLoaded() throws {
        let folder = try Folder([
            "School.csv": """
                urn:int,name,pupils:int
                1,One,10
                2,Two,many
                1,Duplicate,3
                3,Short
                ,No key,4
                "4"x,Quote,5
                5,"Five",50

                """,
            "Area.csv": "name\nphonics\n",
            "NEEDS.csv": "from:School,to:Area,priority:int\n1,phonics,3\n9,phonics,1\n5,maths,2\nx,phonics,1\n5,phonics,2\n",
        ])
        defer { folder.remove() }
        let db = Database()
        let report = try db.importCSV(folder: folder.path)
        let school = folder.path + "/School.csv", needs = folder.path + "/NEEDS.csv"
        #expect(report.problems.map(\.description) == [
            "\(school):3: 'many' is not an int (column pupils:int)",
            "\(school):4: duplicate key 1: an earlier School row has it",
            "\(school):5: expected 3 fields but found 2",
            "\(school):6: the key urn:int is empty",
            "\(school):7: text after the closing quote of field 1",
            "\(needs):3: no School node has the key 9 (column from:School)",
            "\(needs):4: no Area node has the key 'maths' (column to:Area)",
            "\(needs):5: 'x' is not an int (column from:School, keyed by urn:int)",
        ])
        #expect(report.badRowCount == 8)
        #expect(report.nodeCount == 3)
        #expect(report.relationshipCount == 2)
        #expect(try db.execute("MATCH (s:School) RETURN s.urn ORDER BY s.urn").rows == [[1], [5]])
        #expect(report.summary.contains("Skipped 8 bad rows."))
    }

    @Test func beyondTheListedProblemsBadRowsAreCounted() throws {
        let folder = try Folder(["Thing.csv": "n:int\n" + (1...50).map { "bad\($0)\n" }.joined() + "7\n"])
        defer { folder.remove() }
        let report = try Database().importCSV(folder: folder.path, options: ImportOptions(maxReportedProblems: 10))
        #expect(report.problems.count == 10)
        #expect(report.problems.last?.line == 11)
        #expect(report.badRowCount == 50)
        #expect(report.nodeCount == 1)
    }

    @Test func aQuoteThatNeverClosesIsReportedAtTheLineItOpens() throws {
        let folder = try Folder(["Thing.csv": "id,text\n1,\"unterminated\n2,two\n"])
        defer { folder.remove() }
        let report = try Database().importCSV(folder: folder.path)
        #expect(report.problems.map(\.line) == [2])
        #expect(report.problems.first?.reason.contains("never closes") == true)
    }

    @Test func invalidUTF8IsABadRow() throws {
        let folder = try Folder([:])
        defer { folder.remove() }
        try folder.write("Thing.csv", Data("id,text\n1,ok\n2,".utf8) + Data([0xC3, 0x28]) + Data("\n3,fine\n".utf8))
        let db = Database()
        let report = try db.importCSV(folder: folder.path)
        #expect(report.problems.map(\.line) == [3])
        #expect(report.nodeCount == 2)
    }

    @Test func unusableFilesAreSkippedAndNamed() throws {
        let folder = try Folder([
            "School.csv": "urn:integr,name\n1,One\n",
            "Empty.csv": "",
            "IN_AUTHORITY.csv": "from:School,to:Authority\n1,E1\n",
            "notes.txt": "not a csv file",
        ])
        defer { folder.remove() }
        let report = try Database().importCSV(folder: folder.path)
        #expect(report.skippedFiles.sorted() == ["Empty.csv", "IN_AUTHORITY.csv", "School.csv"])
        #expect(report.problems.contains { $0.reason.hasPrefix("unknown type 'integr' in column urn:integr") })
        #expect(report.problems.contains { $0.reason == "from:School: no node file for School was loaded" })
        #expect(report.files == ["Empty.csv", "IN_AUTHORITY.csv", "School.csv"])
    }

    @Test func strictImportLoadsNothingAndLeavesTheGraphAsItWas() throws {
        let folder = try Folder(["School.csv": "urn:int,name\n1,One\n2,Two\nthree,Three\n"])
        defer { folder.remove() }
        let db = Database()
        try db.execute("CREATE (:School {urn: 0, name: 'Already here'})")
        let before = db.snapshot()
        do {
            _ = try db.importCSV(folder: folder.path, options: ImportOptions(strict: true))
            Issue.record("a strict import of a bad row should throw")
        } catch ImportError.rejected(let report) {
            #expect(report.problems.map(\.line) == [4])
        }
        #expect(db.snapshot() == before)
        // The same folder without --strict loads the good rows.
        let report = try db.importCSV(folder: folder.path)
        #expect(report.nodeCount == 2)
        #expect(db.snapshot().nodes.count == 3)
    }

    @Test func aCancelledImportLeavesTheGraphAsItWas() throws {
        var rows = "n:int,name\n"
        for i in 0..<20_000 { rows += "\(i),node \(i)\n" }
        let folder = try Folder(["Thing.csv": rows, "Other.csv": "x\n1\n"])
        defer { folder.remove() }
        let db = Database()
        try db.execute("CREATE (:Thing {n: -1})")
        let before = db.snapshot()
        #expect(throws: TrellisError.self) {
            // Interrupting from the progress callback cancels the import at its next check.
            _ = try db.importCSV(folder: folder.path) { _ in db.interrupt() }
        }
        #expect(db.snapshot() == before)
    }

    @Test func progressIsReportedUpToTheTotalSize() throws {
        let folder = try Folder(["School.csv": Self.schools, "Authority.csv": Self.authorities, "IN_AUTHORITY.csv": Self.inAuthority])
        defer { folder.remove() }
        var seen: [ImportProgress] = []
        _ = try Database().importCSV(folder: folder.path) { seen.append($0) }
        let total = Int64(Self.schools.utf8.count + Self.authorities.utf8.count + Self.inAuthority.utf8.count)
        #expect(!seen.isEmpty)
        #expect(seen.allSatisfy { $0.totalBytes == total })
        #expect(seen.last?.bytesRead == total)
        #expect(seen.last?.fraction == 1)
        #expect(zip(seen, seen.dropFirst()).allSatisfy { $0.bytesRead <= $1.bytesRead })
    }

    @Test func unlabelledNodesEncodedNamesAndCRLFLineEnds() throws {
        let folder = try Folder([
            "().csv": "_id:int,note,:labels\r\n1,plain,\r\n2,tagged,Extra\r\n",
            "Has%20Space.csv": "\u{FEFF}name\r\nx\r\n",
            "LINK.csv": "from:(),to:Has Space\r\n1,x\r\n",
            "LINK.second.csv": "from:(),to:()\r\n1,2\r\n",
        ])
        defer { folder.remove() }
        let db = Database()
        let report = try db.importCSV(folder: folder.path, options: ImportOptions(strict: true))
        #expect(report.relationships == [.init(name: "LINK", count: 2)])
        #expect(try db.execute("MATCH (n) RETURN labels(n) AS l, n.note, n.name ORDER BY n.note, n.name").rows
                == [[[], "plain", nil], [["Extra"], "tagged", nil], [["Has Space"], nil, "x"]])
        #expect(try db.execute("MATCH (:`Has Space`)<-[:LINK]-(a)-[:LINK]->(b) RETURN a.note, b.note").rows == [["plain", "tagged"]])
    }

    @Test func keysOfOneLabelMayBeSpreadOverSeveralFiles() throws {
        let folder = try Folder([
            "School.csv": "urn:int,name\n1,One\n",
            "School.more.csv": "urn:int,name\n2,Two\n1,Again\n",
            "School.other.csv": "urn,name\n3,Three\n",
        ])
        defer { folder.remove() }
        let report = try Database().importCSV(folder: folder.path)
        #expect(report.nodes == [.init(name: "School", count: 2)])
        #expect(report.problems.map(\.description) == [
            folder.path + "/School.more.csv:3: duplicate key 1: an earlier School row has it",
            folder.path + "/School.other.csv:1: the key column urn does not have the type of urn:int, the key of an earlier School file",
        ])
    }

    @Test func theSchemaIsCheckedRowByRow() throws {
        let folder = try Folder(["School.csv": "urn:int,name,phase\n1,One,primary\n2,Two,college\n3,,primary\n"])
        defer { folder.remove() }
        let db = Database()
        try db.apply(.partnership)
        let report = try db.importCSV(folder: folder.path)
        #expect(report.nodeCount == 1)
        #expect(report.problems.map(\.line) == [3, 4])
        #expect(report.problems.first?.reason.contains("phase") == true)
        #expect(try db.execute("MATCH (s:School) RETURN count(*)").rows == [[1]])
    }

    @Test func aFolderWithoutCSVFilesIsAnError() throws {
        let folder = try Folder(["readme.txt": "nothing"])
        defer { folder.remove() }
        #expect(throws: ImportError.self) { try Database().importCSV(folder: folder.path) }
        #expect(throws: ImportError.self) { try Database().importCSV(folder: folder.path + "/missing") }
    }
}
