/// The characters a table grid is drawn with.
public struct TableStyle: Sendable, Hashable {
    /// The characters of one horizontal rule: its left end, the joints between columns, its right end.
    public struct Rule: Sendable, Hashable {
        public var left: String
        public var middle: String
        public var right: String
        /// A rule from its three kinds of joint.
        public init(left: String, middle: String, right: String) {
            self.left = left
            self.middle = middle
            self.right = right
        }
    }

    /// Vertical rule between cells.
    public var vertical: String
    /// Horizontal line.
    public var horizontal: String
    /// The rule above the header.
    public var top: Rule
    /// The rule between the header and the rows.
    public var separator: Rule
    /// The rule below the rows.
    public var bottom: Rule

    /// A style from its characters.
    public init(vertical: String, horizontal: String, top: Rule, separator: Rule, bottom: Rule) {
        self.vertical = vertical
        self.horizontal = horizontal
        self.top = top
        self.separator = separator
        self.bottom = bottom
    }

    /// Plain ASCII: `|`, `-` and `+`. Safe on any terminal and in files.
    public static let ascii = TableStyle(
        vertical: "|", horizontal: "-",
        top: Rule(left: "+", middle: "+", right: "+"),
        separator: Rule(left: "+", middle: "+", right: "+"),
        bottom: Rule(left: "+", middle: "+", right: "+"))

    /// Unicode box drawing: `│`, `─`, `┌`, `┼`, `┘`, …
    public static let unicode = TableStyle(
        vertical: "│", horizontal: "─",
        top: Rule(left: "┌", middle: "┬", right: "┐"),
        separator: Rule(left: "├", middle: "┼", right: "┤"),
        bottom: Rule(left: "└", middle: "┴", right: "┘"))
}
