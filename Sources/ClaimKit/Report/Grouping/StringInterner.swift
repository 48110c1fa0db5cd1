/// Shares one copy of each distinct string among the records a batch keeps.
///
/// Claims repeat their outlet, date, speaker and subject many times, and wire copies repeat whole
/// sentences; each article's claims come with their own copies. Interning keeps one copy per
/// distinct text, so a report over many articles grows with what is different, not with repeats.
package struct StringInterner: Sendable {
    private var table = Set<String>()

    /// Creates an empty interner.
    package init() {}

    /// The number of distinct strings kept.
    package var count: Int { table.count }

    /// The kept copy equal to `text` (kept now if it is new).
    package mutating func intern(_ text: String) -> String {
        // Short strings are stored inline in the String value: nothing to share.
        guard text.utf8.count > 15 else { return text }
        return table.insert(text).memberAfterInsert
    }

    /// `text` interned, when present.
    package mutating func intern(_ text: String?) -> String? {
        text.map { intern($0) }
    }

    /// `claim` with its repeated strings interned.
    package mutating func intern(_ claim: Claim) -> Claim {
        var claim = claim
        claim.article = intern(claim.article)
        claim.outlet = intern(claim.outlet)
        claim.published = intern(claim.published)
        claim.subject = intern(claim.subject)
        claim.speaker = intern(claim.speaker)
        claim.speakerEntity = intern(claim.speakerEntity)
        claim.sentence = intern(claim.sentence)
        claim.trigger = intern(claim.trigger)
        claim.cue = intern(claim.cue)
        return claim
    }

    /// `digest` with its outlet and date interned (its path is its own).
    package mutating func intern(_ digest: ArticleDigest) -> ArticleDigest {
        var digest = digest
        digest.outlet = intern(digest.outlet)
        digest.published = intern(digest.published)
        digest.title = intern(digest.title)
        return digest
    }
}
