import Trellis

/// Runs `RETURN <expression> AS v` and gives back the single value.
func evaluate(_ expression: String) throws -> Value {
    try Database().execute("RETURN \(expression) AS v").rows[0][0]
}

/// The text `toString()` gives for an expression's value.
func text(_ expression: String) throws -> String? {
    if case .string(let s) = try evaluate("toString(\(expression))") { return s }
    return nil
}
