import Testing

/// The terminal emulator the pseudo-terminal tests read screens with.
@Suite("Virtual screen")
struct VirtualScreenTests {
    private func screen(_ text: String, rows: Int = 4, columns: Int = 10) -> VirtualScreen {
        var screen = VirtualScreen(rows: rows, columns: columns)
        screen.feed(Array(text.utf8))
        return screen
    }

    @Test func textLineBreaksAndCarriageReturns() {
        #expect(screen("abc\r\ndef").text == "abc\ndef")
        #expect(screen("abc\rX").text == "Xbc")
        #expect(screen("ab\u{8}X").text == "aX")
    }

    @Test func wrapsAtTheRightMarginOnlyWhenMoreFollows() {
        #expect(screen("0123456789").lines[0] == "0123456789")
        #expect(screen("0123456789").cursorRow == 0)
        #expect(screen("0123456789x").text == "0123456789\nx")
        #expect(screen("0123456789\r\nx").text == "0123456789\nx")
    }

    @Test func scrollsUpAtTheBottom() {
        let shown = screen("1\r\n2\r\n3\r\n4\r\n5")
        #expect(shown.text == "2\n3\n4\n5")
        #expect(shown.scrollback == ["1"])
        #expect(shown.history == "1\n2\n3\n4\n5")
    }

    @Test func cursorMovementAndErasing() {
        #expect(screen("abcdef\u{1B}[3D\u{1B}[K").text == "abc")
        #expect(screen("abcdef\u{1B}[2GX").text == "aXcdef")
        #expect(screen("abc\r\ndef\u{1B}[A\u{1B}[1;1H\u{1B}[J").text == "")
        #expect(screen("abcdef\u{1B}[1G\u{1B}[2P").text == "cdef")
        #expect(screen("abcdef\u{1B}[1G\u{1B}[2@").text == "  abcdef")
        #expect(screen("abc\u{1B}[1G\u{1B}[4hX\u{1B}[4lY").text == "XYbc")
    }

    @Test func coloursAndModesAreIgnored() {
        #expect(screen("\u{1B}[1;31merror:\u{1B}[0m x\u{1B}[?1h\u{1B}=").text == "error: x")
    }

    @Test func escapesSplitAcrossWritesAreJoined() {
        var shown = VirtualScreen(rows: 2, columns: 10)
        shown.feed(Array("ab\u{1B}[".utf8))
        shown.feed(Array("1Dé".utf8.prefix(3)))
        shown.feed(Array("é".utf8.suffix(1)))
        #expect(shown.text == "aé")
    }
}
