/// A small terminal emulator: applies what a program writes to a grid of cells, so tests can
/// read what the screen shows rather than the bytes that drew it.
///
/// It understands what libedit and the shell write to an `xterm`: printable UTF-8 text with
/// automatic wrapping (including xterm's deferred wrap at the right margin), carriage return,
/// line feed with scrolling, backspace, tab, cursor movement (`CSI A B C D G H f`), erasing
/// (`CSI J K X`), inserting and deleting characters and lines (`CSI @ P L M`), insert mode
/// (`CSI 4 h/l`), save and restore of the cursor. Colours and other modes are ignored.
struct VirtualScreen {
    let rows: Int
    let columns: Int
    private(set) var cells: [[Character]]
    private(set) var cursorRow = 0
    private(set) var cursorColumn = 0
    /// Lines scrolled off the top, oldest first.
    private(set) var scrollback: [String] = []

    private var pendingWrap = false
    private var insertMode = false
    private var savedCursor = (row: 0, column: 0)
    private var unprocessed: [UInt8] = []

    init(rows: Int, columns: Int) {
        self.rows = rows
        self.columns = columns
        cells = Array(repeating: Array(repeating: " ", count: columns), count: rows)
    }

    /// The screen's lines, without trailing spaces.
    var lines: [String] {
        cells.map { String($0).withoutTrailingSpaces }
    }

    /// The screen as text: its lines joined, trailing empty lines dropped.
    var text: String {
        var shown = lines
        while shown.last?.isEmpty == true { shown.removeLast() }
        return shown.joined(separator: "\n")
    }

    /// Everything shown since the start: the scrollback, then the screen.
    var history: String {
        (scrollback + [text]).joined(separator: "\n")
    }

    /// The line the cursor is on, without trailing spaces.
    var cursorLine: String { lines[cursorRow] }

    /// Applies bytes written by the program.
    mutating func feed(_ bytes: [UInt8]) {
        unprocessed += bytes
        var index = 0
        while index < unprocessed.count {
            guard let used = consume(at: index) else { break }
            index += used
        }
        unprocessed.removeFirst(index)
    }

    /// Handles what starts at `index`; returns how many bytes it used, or nil when more are needed.
    private mutating func consume(at index: Int) -> Int? {
        let byte = unprocessed[index]
        switch byte {
        case 0x1B: return escape(at: index)
        case 0x0D: pendingWrap = false; cursorColumn = 0
        case 0x0A, 0x0B, 0x0C: pendingWrap = false; lineFeed()
        case 0x08: pendingWrap = false; cursorColumn = max(0, cursorColumn - 1)
        case 0x09: cursorColumn = min(columns - 1, (cursorColumn / 8 + 1) * 8)
        case 0x00..<0x20, 0x7F: break
        default:
            let length = Self.sequenceLength(of: byte)
            guard index + length <= unprocessed.count else { return nil }
            let scalar = String(decoding: unprocessed[index..<index + length], as: UTF8.self)
            put(Character(scalar))
            return length
        }
        return 1
    }

    private static func sequenceLength(of byte: UInt8) -> Int {
        switch byte {
        case 0xF0...: 4
        case 0xE0...: 3
        case 0xC0...: 2
        default: 1
        }
    }

    private mutating func escape(at index: Int) -> Int? {
        guard index + 1 < unprocessed.count else { return nil }
        let kind = unprocessed[index + 1]
        switch kind {
        case UInt8(ascii: "["):
            var end = index + 2
            while end < unprocessed.count, !(0x40...0x7E).contains(unprocessed[end]) { end += 1 }
            guard end < unprocessed.count else { return nil }
            let parameters = String(decoding: unprocessed[(index + 2)..<end], as: UTF8.self)
            control(parameters, final: unprocessed[end])
            return end - index + 1
        case UInt8(ascii: "]"):
            var end = index + 2
            while end < unprocessed.count, unprocessed[end] != 0x07, unprocessed[end] != 0x1B { end += 1 }
            guard end < unprocessed.count else { return nil }
            if unprocessed[end] == 0x07 { return end - index + 1 }
            guard end + 1 < unprocessed.count else { return nil }
            return end - index + 2
        case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "#"):
            return index + 2 < unprocessed.count ? 3 : nil
        case UInt8(ascii: "7"):
            savedCursor = (cursorRow, cursorColumn)
        case UInt8(ascii: "8"):
            (cursorRow, cursorColumn) = savedCursor
            pendingWrap = false
        case UInt8(ascii: "M"):
            if cursorRow == 0 {
                cells.insert(blankRow, at: 0)
                cells.removeLast()
            } else {
                cursorRow -= 1
            }
        default:
            break
        }
        return 2
    }

    private var blankRow: [Character] { Array(repeating: " ", count: columns) }

    private mutating func control(_ parameters: String, final: UInt8) {
        let isPrivate = parameters.hasPrefix("?")
        let numbers = parameters.drop { $0 == "?" || $0 == ">" }.split(separator: ";", omittingEmptySubsequences: false)
            .map { Int($0) }
        func number(_ position: Int, default value: Int) -> Int {
            guard position < numbers.count, let number = numbers[position], number > 0 else { return value }
            return number
        }
        let count = number(0, default: 1)
        switch Character(Unicode.Scalar(final)) {
        case "A": cursorRow = max(0, cursorRow - count)
        case "B": cursorRow = min(rows - 1, cursorRow + count)
        case "C": cursorColumn = min(columns - 1, cursorColumn + count)
        case "D": cursorColumn = max(0, cursorColumn - count)
        case "G", "`": cursorColumn = min(columns - 1, count - 1)
        case "d": cursorRow = min(rows - 1, count - 1)
        case "H", "f":
            cursorRow = min(rows - 1, number(0, default: 1) - 1)
            cursorColumn = min(columns - 1, number(1, default: 1) - 1)
        case "J":
            let mode = numbers.first.flatMap { $0 } ?? 0
            if mode == 0 {
                eraseLine(from: cursorColumn, to: columns)
                for row in (cursorRow + 1)..<rows { cells[row] = blankRow }
            } else if mode == 1 {
                eraseLine(from: 0, to: cursorColumn + 1)
                for row in 0..<cursorRow { cells[row] = blankRow }
            } else {
                cells = Array(repeating: blankRow, count: rows)
            }
        case "K":
            switch numbers.first.flatMap({ $0 }) ?? 0 {
            case 0: eraseLine(from: cursorColumn, to: columns)
            case 1: eraseLine(from: 0, to: cursorColumn + 1)
            default: eraseLine(from: 0, to: columns)
            }
        case "X": eraseLine(from: cursorColumn, to: min(columns, cursorColumn + count))
        case "P":
            var row = cells[cursorRow]
            row.removeSubrange(cursorColumn..<min(columns, cursorColumn + count))
            row += Array(repeating: " ", count: columns - row.count)
            cells[cursorRow] = row
        case "@":
            var row = cells[cursorRow]
            row.insert(contentsOf: Array(repeating: " ", count: count), at: cursorColumn)
            cells[cursorRow] = Array(row.prefix(columns))
        case "L":
            for _ in 0..<count {
                cells.insert(blankRow, at: cursorRow)
                cells.removeLast()
            }
        case "M":
            for _ in 0..<count {
                cells.remove(at: cursorRow)
                cells.append(blankRow)
            }
        case "h", "l":
            if !isPrivate, numbers.contains(4) { insertMode = final == UInt8(ascii: "h") }
        default:
            break
        }
        pendingWrap = false
    }

    private mutating func eraseLine(from start: Int, to end: Int) {
        guard start < end else { return }
        for column in start..<end { cells[cursorRow][column] = " " }
    }

    private mutating func put(_ character: Character) {
        if pendingWrap {
            pendingWrap = false
            cursorColumn = 0
            lineFeed()
        }
        if insertMode {
            cells[cursorRow].insert(character, at: cursorColumn)
            cells[cursorRow].removeLast()
        } else {
            cells[cursorRow][cursorColumn] = character
        }
        if cursorColumn == columns - 1 {
            pendingWrap = true
        } else {
            cursorColumn += 1
        }
    }

    private mutating func lineFeed() {
        if cursorRow == rows - 1 {
            scrollback.append(String(cells[0]).withoutTrailingSpaces)
            cells.removeFirst()
            cells.append(blankRow)
        } else {
            cursorRow += 1
        }
    }
}
