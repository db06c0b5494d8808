/// One step of a scenario as written: keyword, text and optional argument.
public struct GherkinStep: Sendable, Hashable {
    /// What follows a step line: a doc string or a data table.
    public enum Argument: Sendable, Hashable {
        case docString(String)
        case table(DataTable)
    }

    /// `Given`, `When`, `Then`, `And`, `But` or `*`. Steps are recognised by their text alone.
    public var keyword: String
    /// The step text after the keyword, e.g. `executing query:`.
    public var text: String
    public var argument: Argument?
    /// 1-based line of the step in its feature file.
    public var line: Int

    public init(keyword: String, text: String, argument: Argument? = nil, line: Int) {
        self.keyword = keyword
        self.text = text
        self.argument = argument
        self.line = line
    }

    /// The doc string argument, if the step has one.
    public var docString: String? {
        if case .docString(let text) = argument { return text }
        return nil
    }

    /// The data table argument, if the step has one.
    public var table: DataTable? {
        if case .table(let table) = argument { return table }
        return nil
    }
}
