/// Reads an element's class and id as chrome (-1), content (+1) or neither (0), by the word lists of
/// `BoilerplatePatterns`: one byte scan per value, no lower-cased copies on the heap.
enum ClassNameJudge {
    /// Substrings grouped by their first byte, so a scan tries only the few that can match.
    private static func firstByteTable(_ words: [String]) -> [[[UInt8]]] {
        var table = [[[UInt8]]](repeating: [], count: 256)
        for word in words { let bytes = Array(word.utf8); table[Int(bytes[0])].append(bytes) }
        return table
    }
    /// One bit per (first byte, second byte) pair that starts some word: most positions are ruled out by one load.
    private static func pairBits(_ words: [String]) -> [UInt64] {
        var bits = [UInt64](repeating: 0, count: 1024)
        for word in words {
            let bytes = Array(word.utf8)
            let pair = Int(bytes[0]) << 8 | Int(bytes[1])
            bits[pair >> 6] |= 1 << UInt64(pair & 63)
        }
        return bits
    }
    private static let chromeSubstringsByFirstByte = firstByteTable(BoilerplatePatterns.chromeSubstrings)
    private static let contentSubstringsByFirstByte = firstByteTable(BoilerplatePatterns.contentSubstrings)
    private static let chromePairBits = pairBits(BoilerplatePatterns.chromeSubstrings)
    private static let neverContentByFirstByte = firstByteTable(BoilerplatePatterns.neverContentSubstrings)
    private static let neverContentPairBits = pairBits(BoilerplatePatterns.neverContentSubstrings)
    /// A name that is part of the text, or that names an article body ("entry-content-read-more"), is not chrome.
    private static let notChrome = BoilerplatePatterns.notChromeSubstrings + BoilerplatePatterns.bodySubstrings
    private static let notChromeByFirstByte = firstByteTable(notChrome)
    private static let notChromePairBits = pairBits(notChrome)
    private static let rareByFirstByte = firstByteTable(BoilerplatePatterns.neverContentSubstrings + notChrome)
    private static let rarePairBits = pairBits(BoilerplatePatterns.neverContentSubstrings + notChrome)
    private static let contentPairBits = pairBits(BoilerplatePatterns.contentSubstrings)

    /// True when one of the words in `table` (all two bytes or longer, their first pairs in `pairs`) occurs in `names`.
    private static func containsAny(_ names: UnsafeBufferPointer<UInt8>, _ table: [[[UInt8]]], _ pairs: [UInt64])
        -> Bool
    {
        let n = names.count
        if n < 2 { return false }
        return pairs.withUnsafeBufferPointer { pairs in
            for i in 0..<(n - 1) {
                let pair = Int(names[i]) << 8 | Int(names[i + 1])
                if pairs[pair >> 6] & (1 << UInt64(pair & 63)) == 0 { continue }
                for word in table[Int(names[i])] where i + word.count <= n {
                    var j = 1
                    while j < word.count && names[i + j] == word[j] { j += 1 }
                    if j == word.count { return true }
                }
            }
            return false
        }
    }
    /// Chrome tokens packed little-endian into a UInt64 each (all are at most 8 bytes), so a token is checked without building an array.
    private static let chromeTokenKeys: Set<UInt64> = Set(
        BoilerplatePatterns.chromeTokens.map { tokenKey(Array($0.utf8)[...]) })

    private static func tokenKey<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        var key: UInt64 = 0
        var shift: UInt64 = 0
        for byte in bytes { key |= UInt64(byte) << shift; shift += 8 }
        return key
    }

    /// -2 for class/id of a box that is never the article (a consent dialog), -1 for chrome, +1 for content, 0 otherwise.
    ///
    /// Judged afresh each time: the byte scan is cheaper than hashing the value into a cache.
    /// With `readsID` false only the class counts: a heading's id is an anchor made from its own words
    /// ("nav_the_share_price"), not a name of its role.
    static func weight(of attributes: ArraySlice<(name: String, value: String)>, readsID: Bool = true) -> Int8 {
        if attributes.isEmpty { return 0 }
        var positive = false
        for attribute in attributes where attribute.name == "class" || (readsID && attribute.name == "id") {
            let value = judge(attribute.value)
            if value < 0 { return value }
            if value > 0 { positive = true }
        }
        return positive ? 1 : 0
    }

    /// -2 when class/id `text` names a box that is never the article, -1 chrome, +1 content, else 0.
    private static func judge(_ text: String) -> Int8 {
        withLowerCased(text) { names in
            // The rarer lists are only read for names that already read as chrome (they are chrome words too).
            if isChromeName(names) {
                // One scan for both rare lists; most chrome names hold neither.
                if !containsAny(names, rareByFirstByte, rarePairBits) { return -1 }
                if !containsAny(names, notChromeByFirstByte, notChromePairBits) {
                    return containsAny(names, neverContentByFirstByte, neverContentPairBits) ? -2 : -1
                }
            }
            return containsAny(names, contentSubstringsByFirstByte, contentPairBits) ? 1 : 0
        }
    }

    /// `body` applied to the ASCII-lower-cased bytes of `text`, lower-cased on the stack (no heap copy).
    private static func withLowerCased<T>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        var text = text
        return text.withUTF8 { raw in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: raw.count) { lower in
                for i in 0..<raw.count { let b = raw[i]; lower[i] = b >= 0x41 && b <= 0x5A ? b + 32 : b }
                return body(UnsafeBufferPointer(lower))
            }
        }
    }

    private static let leadByFirstByte = firstByteTable(BoilerplatePatterns.leadSubstrings)
    private static let leadPairBits = pairBits(BoilerplatePatterns.leadSubstrings)

    /// True when class or id in `attributes` names an article's lead (`BoilerplatePatterns.leadSubstrings`).
    static func isLead(_ attributes: ArraySlice<(name: String, value: String)>) -> Bool {
        for attribute in attributes where attribute.name == "class" || attribute.name == "id" {
            let isLead = withLowerCased(attribute.value) { containsAny($0, leadByFirstByte, leadPairBits) }
            if isLead { return true }
        }
        return false
    }

    private static let bodyByFirstByte = firstByteTable(BoilerplatePatterns.bodySubstrings)
    private static let bodyPairBits = pairBits(BoilerplatePatterns.bodySubstrings)

    /// True when class or id in `attributes` names an article body (`BoilerplatePatterns.bodySubstrings`).
    static func isBody(_ attributes: ArraySlice<(name: String, value: String)>) -> Bool {
        namesAny(attributes, bodyByFirstByte, bodyPairBits)
    }

    private static let dialogByFirstByte = firstByteTable(BoilerplatePatterns.dialogSubstrings)
    private static let dialogPairBits = pairBits(BoilerplatePatterns.dialogSubstrings)

    /// True when class or id in `attributes` names a dialog over the page (`BoilerplatePatterns.dialogSubstrings`).
    static func isDialog(_ attributes: ArraySlice<(name: String, value: String)>) -> Bool {
        namesAny(attributes, dialogByFirstByte, dialogPairBits)
    }

    /// True when the lower-cased class or id in `attributes` holds one of the words of `table`.
    private static func namesAny(
        _ attributes: ArraySlice<(name: String, value: String)>, _ table: [[[UInt8]]], _ pairs: [UInt64]
    ) -> Bool {
        for attribute in attributes where attribute.name == "class" || attribute.name == "id" {
            if withLowerCased(attribute.value, { containsAny($0, table, pairs) }) { return true }
        }
        return false
    }

    /// True when lower-cased class/id bytes read as chrome.
    static func isChromeName(_ names: [UInt8]) -> Bool {
        names.withUnsafeBufferPointer { isChromeName($0) }
    }

    /// True when lower-cased class/id bytes read as chrome.
    static func isChromeName(_ names: UnsafeBufferPointer<UInt8>) -> Bool {
        if containsAny(names, chromeSubstringsByFirstByte, chromePairBits) { return true }
        // Whole alphanumeric tokens; tokens longer than 8 bytes cannot be a chrome token.
        var start = 0
        for i in 0...names.count {
            let isWord =
                i < names.count && ((names[i] >= 0x61 && names[i] <= 0x7A) || (names[i] >= 0x30 && names[i] <= 0x39))
            if isWord { continue }
            let length = i - start
            if length > 0 && length <= 8
                && chromeTokenKeys.contains(tokenKey(UnsafeBufferPointer(rebasing: names[start..<i])))
            {
                return true
            }
            start = i + 1
        }
        return false
    }
}
