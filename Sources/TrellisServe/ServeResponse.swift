import Trellis

/// The response lines of `trellis serve`: one JSON object each, without the line break.
///
/// - A query that succeeded:
///   `{"id":ID,"ok":true,"columns":[...],"rows":[[...],...],"statistics":{...}}`, with `"plan":TEXT`
///   added for EXPLAIN.
/// - An interrupt: `{"id":ID,"ok":true}`.
/// - A failure: `{"id":ID,"ok":false,"error":{"kind":KIND,"code":CODE,"message":TEXT,"line":L,"column":C}}`,
///   line and column only when the error has a position in the query.
enum ServeResponse {
    /// The response to a query whose (last) statement gave `result`.
    ///
    /// Rows are encoded one after another into the line; once it is longer than `maximumBytes`
    /// the encoding stops and the answer is a `LimitExceeded` (`ResponseTooLarge`) error instead.
    static func success(id: Value, result: QueryResult, maximumBytes: Int? = nil) -> String {
        let encoder = JSONValueEncoder(for: result)
        var out = "{\"id\":"
        encoder.append(id, to: &out)
        out += ",\"ok\":true,\"columns\":["
        for (index, column) in result.columns.enumerated() {
            if index > 0 { out += "," }
            JSONValueEncoder.appendString(column, to: &out)
        }
        out += "],\"rows\":["
        for (rowIndex, row) in result.rows.enumerated() {
            if rowIndex > 0 { out += "," }
            out += "["
            for (index, value) in row.enumerated() {
                if index > 0 { out += "," }
                encoder.append(value, to: &out)
            }
            out += "]"
            if let maximumBytes, out.utf8.count > maximumBytes {
                return failure(id: id, error: responseTooLarge(limit: maximumBytes, rowsEncoded: rowIndex + 1,
                                                               rows: result.rows.count, statistics: result.statistics))
            }
        }
        out += "],\"statistics\":" + statistics(result.statistics)
        if let plan = result.plan {
            out += ",\"plan\":"
            JSONValueEncoder.appendString(plan, to: &out)
        }
        out += "}"
        if let maximumBytes, out.utf8.count > maximumBytes {
            return failure(id: id, error: responseTooLarge(limit: maximumBytes, rowsEncoded: result.rows.count,
                                                           rows: result.rows.count, statistics: result.statistics))
        }
        return out
    }

    /// The error answered for a result whose response line would pass `limit` bytes.
    static func responseTooLarge(limit: Int, rowsEncoded: Int, rows: Int, statistics: UpdateStatistics) -> TrellisError {
        let changes = statistics.containsUpdates ? " The statements ran and their changes are committed." : ""
        return TrellisError(.limitExceeded, "ResponseTooLarge",
                            "the response would be longer than the limit of \(StatementLimits.describe(bytes: limit)) "
                                + "(passed after \(rowsEncoded) of \(rows) rows); ask for fewer rows or columns.\(changes)")
    }

    /// The response to an interrupt.
    static func acknowledgement(id: Value) -> String {
        "{\"id\":\(JSONValueEncoder().encode(id)),\"ok\":true}"
    }

    /// The response to a request that failed with `error`.
    static func failure(id: Value, error: any Error) -> String {
        var out = "{\"id\":\(JSONValueEncoder().encode(id)),\"ok\":false,\"error\":{\"kind\":"
        switch error {
        case let error as TrellisError:
            JSONValueEncoder.appendString(error.kind.rawValue, to: &out)
            out += ",\"code\":"
            JSONValueEncoder.appendString(error.code, to: &out)
            out += ",\"message\":"
            JSONValueEncoder.appendString(error.message, to: &out)
            if let range = error.range {
                out += ",\"line\":\(range.start.line),\"column\":\(range.start.column)"
            }
        case let error as ServeProtocolError:
            JSONValueEncoder.appendString(ServeProtocolError.kind, to: &out)
            out += ",\"code\":"
            JSONValueEncoder.appendString(error.code, to: &out)
            out += ",\"message\":"
            JSONValueEncoder.appendString(error.message, to: &out)
        default:
            JSONValueEncoder.appendString(TrellisError.Kind.internalError.rawValue, to: &out)
            out += ",\"code\":\"Unexpected\",\"message\":"
            JSONValueEncoder.appendString(String(describing: error), to: &out)
        }
        return out + "}}"
    }

    /// Every counter of `statistics`, zeros included, so that clients can read any of them.
    static func statistics(_ statistics: UpdateStatistics) -> String {
        let counters: [(String, Int)] = [
            ("nodesCreated", statistics.nodesCreated),
            ("nodesDeleted", statistics.nodesDeleted),
            ("relationshipsCreated", statistics.relationshipsCreated),
            ("relationshipsDeleted", statistics.relationshipsDeleted),
            ("labelsAdded", statistics.labelsAdded),
            ("labelsRemoved", statistics.labelsRemoved),
            ("propertiesSet", statistics.propertiesSet),
            ("indexesAdded", statistics.indexesAdded),
            ("indexesRemoved", statistics.indexesRemoved),
        ]
        return "{" + counters.map { "\"\($0.0)\":\($0.1)" }.joined(separator: ",") + "}"
    }
}
