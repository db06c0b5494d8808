import Foundation
import Trellis

/// Databases holding the sample partnership graph.
enum SampleDatabase {
    /// The sample script's text.
    static let script: String = {
        (try? String(contentsOfFile: TrellisProgram.samplePath, encoding: .utf8)) ?? ""
    }()

    /// A new database with the sample graph loaded.
    static func make() throws -> Database {
        let database = Database()
        try database.executeScript(script) { _ in }
        return database
    }
}
