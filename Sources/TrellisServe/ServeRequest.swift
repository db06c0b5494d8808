import Trellis

/// One request line of `trellis serve`, read:
/// `{"id": ANY, "query": TEXT, "parameters": {...}, "limits": {...}}` or `{"id": ANY, "command": "interrupt"}`.
public struct ServeRequest: Sendable {
    /// What the request asks for.
    public enum Action: Sendable {
        /// Run the statements of `text`.
        case query(String, parameters: [String: Value], limits: StatementLimits)
        /// Cancel every query read before this request that has not finished.
        case interrupt
        /// The line could not be understood; it is answered with this error.
        case invalid(ServeProtocolError)
    }

    /// The request's "id", echoed in its response; null when missing or unreadable.
    public var id: Value
    public var action: Action

    static let queryMembers = ["id", "query", "parameters", "limits"]
    static let commandMembers = ["id", "command"]
    static let limitMembers = ["timeout", "maxResultRows", "maxIntermediateRows", "maxPathLength"]

    init(id: Value, action: Action) {
        self.id = id
        self.action = action
    }

    /// Reads one line (UTF-8 JSON, without its line break).
    public init(line: [UInt8]) {
        let value: Value
        do {
            value = try JSONValueDecoder().decode(utf8: line)
        } catch let error as JSONDecodingError {
            self.init(id: .null, action: .invalid(.invalidJSON(error)))
            return
        } catch {
            self.init(id: .null, action: .invalid(.invalidField(String(describing: error))))
            return
        }
        guard case .map(let members) = value else {
            self.init(id: .null, action: .invalid(.notAnObject(value)))
            return
        }
        let id = members["id"] ?? .null
        do {
            self.init(id: id, action: try Self.action(of: members))
        } catch let error as ServeProtocolError {
            self.init(id: id, action: .invalid(error))
        } catch {
            self.init(id: id, action: .invalid(.invalidField(String(describing: error))))
        }
    }

    private static func action(of members: [String: Value]) throws -> Action {
        if let command = members["command"] {
            if members["query"] != nil {
                throw ServeProtocolError.invalidField("a request holds \"query\" or \"command\", not both")
            }
            try checkMembers(members, allowed: commandMembers)
            guard case .string(let name) = command else {
                throw ServeProtocolError.invalidField("\"command\" must be a string, not \(JSONKind.name(of: command))")
            }
            guard name == "interrupt" else { throw ServeProtocolError.unknownCommand(name) }
            return .interrupt
        }
        try checkMembers(members, allowed: queryMembers)
        guard let query = members["query"] else { throw ServeProtocolError.missingQuery }
        guard case .string(let text) = query else {
            throw ServeProtocolError.invalidField("\"query\" must be a string, not \(JSONKind.name(of: query))")
        }
        var parameters: [String: Value] = [:]
        // A member given as null is given, and of the wrong type: only a missing one means "none".
        switch members["parameters"] {
        case nil: break
        case .map(let entries)?: parameters = entries
        case let other?:
            throw ServeProtocolError.invalidField("\"parameters\" must be an object, not \(JSONKind.name(of: other))")
        }
        return .query(text, parameters: parameters, limits: try limits(members["limits"]))
    }

    private static func checkMembers(_ members: [String: Value], allowed: [String]) throws {
        for name in members.keys.sorted() where !allowed.contains(name) {
            throw ServeProtocolError.unknownField(name, allowed: allowed)
        }
    }

    /// `{"timeout": SECONDS, "maxResultRows": N, "maxIntermediateRows": N, "maxPathLength": N}`, each optional.
    private static func limits(_ value: Value?) throws -> StatementLimits {
        var limits = StatementLimits.none
        switch value {
        case nil: return limits
        case .map(let entries)?:
            for name in entries.keys.sorted() where !limitMembers.contains(name) {
                let names = limitMembers.map { "\"\($0)\"" }.joined(separator: ", ")
                throw ServeProtocolError.invalidField(
                    "unknown limit \(JSONValueEncoder.quoted(name)); \"limits\" may hold \(names)")
            }
            switch entries["timeout"] {
            case nil: break
            case .int(let seconds)? where seconds > 0: limits.timeout = Double(seconds)
            case .float(let seconds)? where seconds > 0: limits.timeout = seconds
            case let other?:
                throw ServeProtocolError.invalidField(
                    "\"timeout\" must be a positive number of seconds, not \(JSONValueEncoder().encode(other))")
            }
            limits.maxResultRows = try count(entries, "maxResultRows")
            limits.maxIntermediateRows = try count(entries, "maxIntermediateRows")
            limits.maxPathLength = try count(entries, "maxPathLength")
            return limits
        case let other?:
            throw ServeProtocolError.invalidField("\"limits\" must be an object, not \(JSONKind.name(of: other))")
        }
    }

    private static func count(_ entries: [String: Value], _ name: String) throws -> Int? {
        switch entries[name] {
        case nil: return nil
        case .int(let count)? where count >= 0: return Int(count)
        case let other?:
            throw ServeProtocolError.invalidField(
                "\"\(name)\" must be a non-negative integer, not \(JSONValueEncoder().encode(other))")
        }
    }
}
