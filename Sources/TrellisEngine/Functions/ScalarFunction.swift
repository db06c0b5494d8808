import TrellisCore

/// A built-in scalar function that needs nothing but its argument values.
///
/// The interpreter evaluates the arguments, checks their count against ``arity``
/// and then calls ``body``. Bodies report failures as ``TrellisError`` values of the
/// runtime phase; they never see the graph.
package struct ScalarFunction: Sendable {
    /// The canonical spelling, e.g. `toUpper` or `date.truncate`.
    package let name: String
    /// The allowed argument counts.
    package let arity: ClosedRange<Int>
    /// False when two calls with the same arguments may return different values (`rand()`, `date()`).
    package let isDeterministic: Bool
    /// For a function that is not deterministic in general, the argument values for which it is
    /// (`date('2025-06-30')` reads no clock, `date()` does).
    private let deterministicArguments: (@Sendable ([Value]) -> Bool)?
    /// A one-line signature for help text, e.g. `left(original :: STRING, length :: INTEGER) :: STRING`.
    package let signature: String
    /// A one-sentence description for help text.
    package let summary: String
    /// Whether the signature says the result is always a list or a map (values that are built
    /// when a row needs them, never while a query is compiled).
    package let returnsListOrMap: Bool
    /// Computes the result from already evaluated arguments.
    package let body: @Sendable ([Value]) throws -> Value

    package init(
        name: String,
        arity: ClosedRange<Int>,
        isDeterministic: Bool = true,
        deterministicArguments: (@Sendable ([Value]) -> Bool)? = nil,
        signature: String = "",
        summary: String = "",
        body: @escaping @Sendable ([Value]) throws -> Value
    ) {
        self.name = name
        self.arity = arity
        self.isDeterministic = isDeterministic
        self.deterministicArguments = deterministicArguments
        self.signature = signature.isEmpty ? "\(name)(...)" : signature
        if let close = signature.lastIndex(of: ")") {
            let result = signature[signature.index(after: close)...]
            returnsListOrMap = result.hasPrefix(" :: LIST") || result.hasPrefix(" :: MAP")
        } else {
            returnsListOrMap = false
        }
        self.summary = summary
        self.body = body
    }

    /// Whether a call with these argument values always returns the same value, so that it may be
    /// evaluated once instead of for every row.
    package func isDeterministic(for arguments: [Value]) -> Bool {
        isDeterministic || deterministicArguments?(arguments) == true
    }

    /// Checks the argument count, then runs ``body``.
    ///
    /// The interpreter normally checks the count itself, at compile time; this is a convenience
    /// for callers that do not. A wrong count is an `ArgumentError` with code `InvalidNumberOfArguments`.
    package func callAsFunction(_ arguments: [Value]) throws -> Value {
        guard arity.contains(arguments.count) else {
            throw TrellisError(
                .argumentError, "InvalidNumberOfArguments",
                "\(name)() takes \(ScalarFunction.describe(arity)) but was given \(arguments.count)")
        }
        return try body(arguments)
    }

    /// `1 argument`, `2 or 3 arguments`, `at least 1 argument`, ...
    package static func describe(_ arity: ClosedRange<Int>) -> String {
        func count(_ n: Int) -> String { n == 1 ? "1 argument" : "\(n) arguments" }
        if arity.upperBound == Int.max { return "at least " + count(arity.lowerBound) }
        if arity.lowerBound == arity.upperBound { return count(arity.lowerBound) }
        if arity.upperBound == arity.lowerBound + 1 { return "\(arity.lowerBound) or " + count(arity.upperBound) }
        return "\(arity.lowerBound) to " + count(arity.upperBound)
    }
}

/// The registry of graph-independent built-in functions.
///
/// Names are looked up case-insensitively, so `toupper`, `TOUPPER` and `toUpper` all find
/// `toUpper`; dotted names such as `date.truncate` are registered whole.
///
/// ## Functions that also accept graph entities
///
/// `keys` and `properties` accept maps here, and `length` accepts strings and lists, but the same
/// names also apply to nodes, relationships and paths, whose contents live in the graph. Given a
/// node, relationship or path, those bodies throw a ``TrellisError`` of kind `.internalError` with
/// code ``graphFunctionCode``: the interpreter is expected to intercept these names for entity
/// arguments before calling the body, so reaching that error means an interpreter bug.
///
/// Functions that only make sense on the graph (`id`, `labels`, `type`, `startNode`, `endNode`,
/// `nodes`, `relationships`, `exists`, ...) and the aggregating functions are not registered here.
///
/// ## Errors
///
/// Bodies throw runtime ``TrellisError``s: `TypeError`/`InvalidArgumentType` for an argument of
/// the wrong type, `ArgumentError`/`NumberOutOfRange` for a number outside the accepted range,
/// `ArgumentError`/`InvalidArgumentValue` for a well-typed but meaningless value. The conversion
/// functions follow the openCypher TCK instead and report unconvertible types as
/// `TypeError`/`InvalidArgumentValue`; `range()` reports non-integer arguments as
/// `ArgumentError`/`InvalidArgumentType`.
///
/// ## Related helpers
///
/// The operators `+ - * / % ^` live in ``Arithmetic``, the components of dates (`d.year`, ...)
/// in ``DateFunctions/dateComponent(_:_:)``, and value rendering in ``ValueFormatting``.
package enum ScalarFunctions {
    /// The error code thrown when a graph entity reaches a function that the interpreter should
    /// have handled itself (see the type documentation).
    package static let graphFunctionCode = "GraphFunction"

    /// Looks a function up by name, ignoring case. Returns nil for unknown names.
    package static func lookup(_ name: String) -> ScalarFunction? {
        registry[name.lowercased()]
    }

    /// Every registered function, sorted by name; for help text and completion.
    package static var all: [ScalarFunction] { sortedFunctions }

    private static let sortedFunctions: [ScalarFunction] = {
        let families: [[ScalarFunction]] = [
            MathFunctions.all, StringFunctions.all, ListFunctions.all,
            ConversionFunctions.all, TemporalFunctions.all, DurationFunctions.all, TypeFunctions.all,
        ]
        return families.flatMap { $0 }.sorted { $0.name.lowercased() < $1.name.lowercased() }
    }()

    private static let registry: [String: ScalarFunction] = {
        var table: [String: ScalarFunction] = [:]
        for function in sortedFunctions {
            let key = function.name.lowercased()
            precondition(table[key] == nil, "function \(function.name) registered twice")
            table[key] = function
        }
        return table
    }()
}
