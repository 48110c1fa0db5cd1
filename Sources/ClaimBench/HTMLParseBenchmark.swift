import ClaimKit

/// Bare libxml2 parsing, so that `make bench` can compare ingest against the parser alone (the
/// C calls stay in ClaimKit's `HTMLParser`, the one file that touches libxml2).
public enum HTMLParseBenchmark {
    /// Parses `bytes` with `htmlReadMemory` and frees the document; nothing else. True if a document came back.
    public static func bareParse(bytes: [UInt8]) -> Bool {
        HTMLParser.bareParse(utf8: bytes)
    }

    /// Runs libxml2's HTML tokenizer over `bytes` with SAX callbacks that only count bytes (no tree at all).
    /// Returns the count of name, attribute and text bytes seen, or nil when no parser could start.
    public static func saxParse(bytes: [UInt8]) -> Int? {
        HTMLParser.saxFloorParse(utf8: bytes)
    }
}
