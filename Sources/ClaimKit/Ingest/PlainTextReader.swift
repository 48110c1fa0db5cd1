/// Reads a plain-text article: one paragraph per non-empty line.
///
/// Plain text is the raw input: every non-empty line is kept (stray chrome lines included), because only
/// markup can say what is chrome. Lines inside a block are not joined: the seed files have one paragraph
/// per line, and a hard-wrapped file still yields all its text.
/// The title is the first line when it reads as a headline (short, no final full stop); it stays a paragraph too.
enum PlainTextReader {
    static func paragraphs(of text: String) -> [String] {
        var result: [String] = []
        for line in text.split(
            omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
        {
            var builder = TextBuilder()
            builder.append(String(line))
            let cleaned = builder.finish()
            if !cleaned.isEmpty { result.append(cleaned) }
        }
        return result
    }

    /// The first of the leading lines that reads as a headline, or nil.
    ///
    /// Saved pages often start with a section label ("International"), an update stamp ("Last update: June 25,
    /// 2024 17:51") or a logo's alt text before the headline, so the short lines before the body are looked at
    /// in turn: a headline has at least three words, at most 200 bytes, no final full stop, no date in it and
    /// is not a chrome or byline line. The first line that reads as body (a sentence, or long) ends the search.
    static func title(of paragraphs: [String]) -> String? {
        for line in paragraphs.prefix(6) {
            if line.utf8.count > 200 { return nil }
            if let last = line.last, ".:;,".contains(last) { return nil }
            let lower = line.lowercased()
            if line.split(separator: " ").count < 3 || lower.hasPrefix("by ") || DateParser.textualDate(in: line) != nil
                || BoilerplatePatterns.chromeLinePrefixes.contains(where: { lower.hasPrefix($0) })
            {
                continue
            }
            return line
        }
        return nil
    }
}
