/// Reads a plain-text article: one paragraph per non-empty line.
///
/// Plain text is the raw input: every non-empty line is kept (stray chrome lines included), because only
/// markup can say what is chrome. Lines inside a block are not joined: the seed files have one paragraph
/// per line, and a hard-wrapped file still yields all its text.
/// The title is the first line when it reads as a headline (short, no final full stop); it stays a paragraph too.
enum PlainTextReader {
    static func paragraphs(of text: String) -> [String] {
        var result: [String] = []
        for line in text.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) {
            var builder = TextBuilder()
            builder.append(String(line))
            let cleaned = builder.finish()
            if !cleaned.isEmpty { result.append(cleaned) }
        }
        return result
    }

    /// The first paragraph when it reads as a headline: under 200 bytes and not ending as a sentence.
    static func title(of paragraphs: [String]) -> String? {
        guard let first = paragraphs.first, first.utf8.count <= 200, first.split(separator: " ").count >= 2 else { return nil }
        if let last = first.last, ".!?:;,".contains(last) && last != "?" && last != "!" {
            return nil
        }
        return first
    }
}
