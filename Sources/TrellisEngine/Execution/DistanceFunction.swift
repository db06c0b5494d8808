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

    private func coordinates(_ v: Value) throws -> (lat: Double, lon: Double)? {
        let read: (String) -> Value?
        switch v {
        case .null: return nil
        case .node(let n):
            try checkAlive(v)
            read = { [graph] key in graph.keys.lookup(key).flatMap { graph.nodeProperty(n, $0) } }
        case .relationship(let r):
            try checkAlive(v)
            read = { [graph] key in graph.keys.lookup(key).flatMap { graph.relationshipProperty(r, $0) } }
        case .map(let m): read = { m[$0] }
        default: throw TrellisError.type("InvalidArgumentType", "distance() expects nodes or maps with lat and lon, not \(v.typeName)")
        }
        func number(_ keys: [String]) -> Double? {
            for k in keys {
                switch read(k) {
                case .int(let i)?: return Double(i)
                case .float(let d)?: return d
                default: continue
                }
            }
            return nil
        }
        guard let lat = number(["lat", "latitude"]), let lon = number(["lon", "longitude"]) else { return nil }
        return (lat, lon)
    }
}
