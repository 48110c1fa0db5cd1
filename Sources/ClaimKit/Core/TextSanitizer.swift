/// The one policy for text from the input on its way to any output: a control character (C0,
/// DEL or C1) never reaches a terminal, a file or a page as itself, since escape sequences could
/// recolour, retitle or rewrite the reader's terminal and a stray line break breaks a row.
///
/// - One line (table and Markdown cells, one-line summaries): tab, line feed and carriage return
///   (a CR LF pair as one) become a space; every other control character becomes U+FFFD.
/// - A block of text (an article for reading, CSV fields, HTML): line feed and tab stay (carriage
///   return too where the format keeps it); every other control character becomes U+FFFD.
/// - An escape (diagnostics, file names): `\n`, `\r`, `\t` and `\xNN`, so that the name can
///   still be told apart and typed back.
/// JSON writes control characters as `\u` escapes instead (`JSONObjectWriter`): it loses nothing.
enum TextSanitizer {
    /// C0 (U+0000–U+001F), DEL (U+007F) and C1 (U+0080–U+009F).
    @inline(__always)
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x20 || (0x7F...0x9F).contains(v)
    }

    /// `text` for one line: line breaks and tabs as spaces, other control characters as U+FFFD.
    static func line(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var out = String.UnicodeScalarView()
        var afterCR = false
        for scalar in text.unicodeScalars {
            defer { afterCR = scalar == "\r" }
            switch scalar {
            case "\n" where afterCR: continue
            case "\t", "\n", "\r": out.append(" ")
            case _ where isControl(scalar): out.append("\u{FFFD}")
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    /// `text` as a block: line feeds and tabs kept (and carriage returns when `keepingReturns`),
    /// other control characters as U+FFFD.
    static func block(_ text: String, keepingReturns: Bool = false) -> String {
        func kept(_ scalar: Unicode.Scalar) -> Bool {
            scalar == "\n" || scalar == "\t" || (keepingReturns && scalar == "\r") || !isControl(scalar)
        }
        guard !text.unicodeScalars.allSatisfy(kept) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { out.append(kept(scalar) ? scalar : "\u{FFFD}") }
        return String(out)
    }

    /// `text` with control characters written as escapes: one harmless line that still names
    /// exactly what was there.
    static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where isControl(scalar):
                let hex = String(scalar.value, radix: 16)
                out += "\\x" + (hex.count < 2 ? "0" : "") + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
