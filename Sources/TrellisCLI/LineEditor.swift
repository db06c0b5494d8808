import CLibedit
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Trellis

/// Reads lines from the terminal with libedit: cursor movement and editing keys, a history
/// recalled with the arrow keys and kept in a file between sessions, and Tab completion.
///
/// - Ctrl-C abandons the line being typed (``LineInput/interrupted``); the shell handles SIGINT
///   itself (``InterruptSignal``), so libedit installs no signal handlers of its own.
/// - Ctrl-D on an empty line ends the input.
/// - Tab asks ``completer`` what may follow the cursor: one candidate is filled in, several
///   are filled in as far as they agree and, when they agree no further, listed.
/// - Ctrl-R searches the history backwards; `~/.editrc` can change any binding.
///
/// Only one line editor should exist at a time; it belongs to the thread that created it.
final class LineEditor: LineReader {
    /// How many entries the history keeps.
    static let historySize: Int32 = 1000

    /// Answers Tab.
    var completer: ((CompletionRequest) -> CompletionResult)?

    private let editor: OpaquePointer
    private let history: OpaquePointer
    private let historyPath: String?
    private var prompt: UnsafeMutablePointer<CChar>
    private var pendingText = ""
    private var interruptBaseline = 0
    private var resizeBaseline = 0
    private var continueBaseline = 0
    private var wasInterrupted = false
    private var decoder = mbstate_t()
    private let output = FileDescriptorOutput.standardOutput()

    /// A line editor on standard input and output.
    /// - Parameter historyPath: The file history is loaded from and saved to; nil keeps none.
    init(programName: String = "trellis", historyPath: String?) {
        Self.prepareLocale()
        InterruptSignal.install()
        editor = clibedit_init(programName)
        history = history_init()
        self.historyPath = historyPath
        prompt = strdup("")

        clibedit_history_set_size(history, Self.historySize)
        clibedit_history_set_unique(history, 1)
        if let historyPath { clibedit_history_load(history, historyPath) }

        clibedit_set_client_data(editor, Unmanaged.passUnretained(self).toOpaque())
        clibedit_set_signal_handling(editor, 0)
        clibedit_set_editor(editor, "emacs")
        clibedit_set_prompt(editor, Self.promptFunction)
        clibedit_set_history(editor, history)
        clibedit_set_read_function(editor, Self.readFunction)
        clibedit_add_command(editor, "trellis-complete", "Complete the word before the cursor", Self.completeFunction)
        clibedit_bind_key(editor, "^I", "trellis-complete")
        clibedit_bind_key(editor, "^R", "em-inc-search-prev")
        clibedit_bind_key(editor, "\\e[1;5C", "em-next-word")
        clibedit_bind_key(editor, "\\e[1;5D", "ed-prev-word")
        // The user's own settings (~/.editrc) come last, so they can change any of the above.
        el_source(editor, nil)
    }

    deinit {
        saveHistory()
        el_end(editor)
        history_end(history)
        free(prompt)
    }

    func readLine(prompt text: String, pendingText: String) -> LineInput {
        free(prompt)
        prompt = strdup(text)
        self.pendingText = pendingText
        wasInterrupted = false
        interruptBaseline = InterruptSignal.interruptCount
        resizeBaseline = InterruptSignal.resizeCount
        continueBaseline = InterruptSignal.continueCount
        InterruptSignal.drainWakeUps()
        decoder = mbstate_t()

        // libedit would only take the terminal out of line mode once the prompt is shown; keys
        // typed in between would be handled by the terminal (Ctrl-D lost, text echoed twice).
        clibedit_prepare_terminal(editor)
        var count: Int32 = 0
        let raw = el_gets(editor, &count)
        if wasInterrupted { return .interrupted }
        guard let raw, count > 0 else { return .endOfInput }
        var bytes = Array(UnsafeBufferPointer(start: UnsafeRawPointer(raw).assumingMemoryBound(to: UInt8.self),
                                              count: strlen(raw)))
        while let last = bytes.last, last == 0x0A || last == 0x0D { bytes.removeLast() }
        // Bytes that are not UTF-8 (pasted Latin-1, say) are refused, not replaced by U+FFFD.
        do {
            return .line(try UTF8Text.decode(bytes))
        } catch let error as TrellisError {
            return .invalid(error, shown: String(decoding: bytes, as: UTF8.self))
        } catch {
            return .line(String(decoding: bytes, as: UTF8.self))
        }
    }

    func addHistory(_ entry: String) {
        guard !entry.isEmpty else { return }
        clibedit_history_enter(history, entry)
        saveHistory()
    }

    /// Writes the history file now (it is also written after every entry).
    func saveHistory() {
        guard let historyPath else { return }
        clibedit_history_save(history, historyPath)
    }

    /// The history file in the user's home folder, `~/.trellis_history`; nil without a home.
    static func defaultHistoryPath() -> String? {
        guard let home = getenv("HOME").map({ String(cString: $0) }), !home.isEmpty else { return nil }
        return home.hasSuffix("/") ? home + ".trellis_history" : home + "/.trellis_history"
    }

    /// Takes character handling from the environment, so that non-ASCII text can be typed;
    /// falls back on C.UTF-8 when the environment names no UTF-8 locale.
    private static func prepareLocale() {
        setlocale(LC_ALL, "")
        if let current = setlocale(LC_CTYPE, nil) {
            let name = String(cString: current).lowercased()
            if !name.contains("utf-8") && !name.contains("utf8") { setlocale(LC_CTYPE, "C.UTF-8") }
        }
    }

    // MARK: - Callbacks from libedit

    private static func instance(_ editor: OpaquePointer?) -> LineEditor? {
        guard let editor, let data = clibedit_client_data(editor) else { return nil }
        return Unmanaged<LineEditor>.fromOpaque(data).takeUnretainedValue()
    }

    private static let promptFunction: clibedit_prompt_function = { editor in
        LineEditor.instance(editor)?.prompt
    }

    private static let readFunction: clibedit_read_function = { editor, character in
        guard let lineEditor = LineEditor.instance(editor), let character else { return -1 }
        return lineEditor.readCharacter(into: character)
    }

    private static let completeFunction: clibedit_command_function = { editor, _ in
        guard let lineEditor = LineEditor.instance(editor) else { return UInt8(CC_ERROR) }
        return lineEditor.complete()
    }

    // MARK: - Reading keys

    /// Reads one character, waking up for signals: Ctrl-C ends the line as abandoned.
    private func readCharacter(into character: UnsafeMutablePointer<wchar_t>) -> Int32 {
        while true {
            let interrupts = InterruptSignal.interruptCount
            if interrupts != interruptBaseline {
                interruptBaseline = interrupts
                return abandonLine(into: character)
            }
            let resizes = InterruptSignal.resizeCount
            if resizes != resizeBaseline {
                resizeBaseline = resizes
                el_resize(editor)
            }
            let continues = InterruptSignal.continueCount
            if continues != continueBaseline {
                continueBaseline = continues
                clibedit_prepare_terminal(editor)
                clibedit_refresh(editor)
            }

            var descriptors = [pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)]
            let wakeUp = InterruptSignal.wakeUpDescriptor
            if wakeUp >= 0 { descriptors.append(pollfd(fd: wakeUp, events: Int16(POLLIN), revents: 0)) }
            let ready = poll(&descriptors, nfds_t(descriptors.count), -1)
            if ready < 0 {
                if errno == EINTR { continue }
                return -1
            }
            if descriptors.count > 1, descriptors[1].revents != 0 {
                InterruptSignal.drainWakeUps()
                continue
            }
            guard descriptors[0].revents != 0 else { continue }
            var byte: UInt8 = 0
            let count = read(STDIN_FILENO, &byte, 1)
            if count < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                return -1
            }
            if count == 0 { return 0 }
            if let decoded = decode(byte) {
                character.pointee = decoded
                return 1
            }
        }
    }

    /// Feeds one byte to the multibyte decoder: the character once it is complete, nil before.
    private func decode(_ byte: UInt8) -> wchar_t? {
        var wide: wchar_t = 0
        var input = CChar(bitPattern: byte)
        let used = mbrtowc(&wide, &input, 1, &decoder)
        switch used {
        case -2: return nil
        case -1:
            decoder = mbstate_t()
            return wchar_t(byte)
        default: return wide
        }
    }

    /// Ends the line being typed as abandoned: shows `^C` after it and hands libedit a line break.
    private func abandonLine(into character: UnsafeMutablePointer<wchar_t>) -> Int32 {
        wasInterrupted = true
        if let info = el_line(editor), info.pointee.cursor == info.pointee.lastchar {
            output.write("^C")
            output.flush()
        }
        character.pointee = wchar_t(UInt8(ascii: "\n"))
        return 1
    }

    // MARK: - Completion

    private func complete() -> UInt8 {
        guard let completer, let info = el_line(editor) else { return UInt8(CC_ERROR) }
        let line = info.pointee
        let before = Self.text(from: line.buffer, to: line.cursor)
        let after = Self.text(from: line.cursor, to: line.lastchar)
        let result = completer(CompletionRequest(pendingText: pendingText, lineBeforeCursor: before,
                                                 lineAfterCursor: after))
        switch result.action {
        case .none:
            return UInt8(CC_REFRESH_BEEP)
        case .insert(let text):
            replace(result.replacing, with: text)
            return UInt8(CC_REFRESH)
        case .list(let choices):
            output.write("\n" + CompletionList.layout(choices, width: Terminal.outputWidth() ?? 80))
            output.flush()
            return UInt8(CC_REDISPLAY)
        }
    }

    private func replace(_ typed: String, with text: String) {
        let typedCount = typed.unicodeScalars.count
        if typedCount > 0 { el_deletestr(editor, Int32(typedCount)) }
        _ = text.withCString { el_insertstr(editor, $0) }
    }

    private static func text(from start: UnsafePointer<CChar>?, to end: UnsafePointer<CChar>?) -> String {
        guard let start, let end, end > start else { return "" }
        let bytes = UnsafeRawBufferPointer(start: start, count: end - start)
        return String(decoding: bytes, as: UTF8.self)
    }
}
