/// Durations in messages.
enum Seconds {
    /// `10 s` for whole seconds, `0.5 s` otherwise.
    static func text(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? "\(Int(value)) s" : "\(value) s"
    }
}
