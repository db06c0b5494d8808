#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TrellisCore

extension Executor {
    /// Mean Earth radius in kilometres (IUGG).
    static let earthRadiusKilometres = 6371.0088

    /// Great-circle distance in kilometres (haversine) between two places, each a node or a map
    /// with numeric `lat` and `lon` (or `latitude` and `longitude`). Null when either is null or
    /// lacks coordinates.
    func distance(_ a: Value, _ b: Value) throws -> Value {
        guard let p = try coordinates(a), let q = try coordinates(b) else { return .null }
        let radians = Double.pi / 180
        let dLat = (q.lat - p.lat) * radians, dLon = (q.lon - p.lon) * radians
        let h = pow2(sin(dLat / 2)) + cos(p.lat * radians) * cos(q.lat * radians) * pow2(sin(dLon / 2))
        return .float(2 * Self.earthRadiusKilometres * asin(min(1, h.squareRoot())))
    }

    private func pow2(_ x: Double) -> Double { x * x }

    /// The coordinate names, latitude first; each axis takes the first name present.
    private static let latitudeNames = ["lat", "latitude"], longitudeNames = ["lon", "longitude"]

    private func coordinates(_ v: Value) throws -> (lat: Double, lon: Double)? {
        let read: (Int) -> Value?
        switch v {
        case .null: return nil
        case .node(let n):
            try checkAlive(v)
            let ids = coordinateKeyIDs()
            read = { [graph] i in ids[i].flatMap { graph.nodeProperty(n, $0) } }
        case .relationship(let r):
            try checkAlive(v)
            let ids = coordinateKeyIDs()
            read = { [graph] i in ids[i].flatMap { graph.relationshipProperty(r, $0) } }
        case .map(let m):
            let names = Self.latitudeNames + Self.longitudeNames
            read = { m[names[$0]] }
        default: throw TrellisError.type("InvalidArgumentType", "distance() expects nodes or maps with lat and lon, not \(v.typeName)")
        }
        func number(_ choices: Range<Int>) -> Double? {
            for i in choices {
                switch read(i) {
                case .int(let x)?: return Double(x)
                case .float(let d)?: return d
                default: continue
                }
            }
            return nil
        }
        guard let lat = number(0..<2), let lon = number(2..<4) else { return nil }
        return (lat, lon)
    }

    /// The key ids of `lat`, `latitude`, `lon`, `longitude` (nil where no property has the name),
    /// looked up again only when keys have been added since.
    private func coordinateKeyIDs() -> [Int32?] {
        if let cached = coordinateKeys, cached.keyCount == graph.keys.count { return cached.ids }
        let ids = (Self.latitudeNames + Self.longitudeNames).map { graph.keys.lookup($0) }
        coordinateKeys = (graph.keys.count, ids)
        return ids
    }
}
